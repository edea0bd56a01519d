// Writes a planned ledger import inside the caller's transaction: new talents, projects with their Signing
// and Landing, the stage history the ledger dates, one audit entry per created record, and the ImportBatch
// that keeps the report. A handful of createMany statements, whatever the number of rows.
//
// Stage history: a ledger says where a project stands, not how it got there. Each imported project gets
// the StageChanges whose dates the ledger gives, every one noted “台账导入”: registered (→ LEAD, on 登记日期),
// signed (→ SIGNED, on 签约日期) and landed (→ LANDED, on 落地日期). Stages and statuses it gives no date for
// get none, as the statistics treat a project “imported without history” (statistics-funnel.ts reaches
// them from the project's current stage and leaves their timing out), so no duration is invented. The days
// need not come in order (signing-landing.ts): a stage is entered on the last of the days it needs, so the
// history never goes back in time.
//
// Rows of an exported ledger that changed update their projects one by one (ledger-update.ts), after the
// new ones are created; the 人才投入 sheet's new rows are inserted last (ledger-spending.ts).
import { uuidv7 } from 'uuidv7'
import type { SessionUser } from '../../context.ts'
import type { Prisma } from '../../generated/prisma/client.ts'
import type { Stage } from '../../generated/prisma/enums.ts'
import { countyMidnight } from '../../domain/ledger/ledger-dates.ts'
import type { RowPlan } from '../../domain/ledger/ledger-plan.ts'
import { countsOf, outcomeOf, type LedgerReport } from '../../domain/ledger/ledger-report.ts'
import { stageIndex } from '@talent/rules/stage'
import type { Transaction } from '../../write/apply-once.ts'
import { DomainError } from '../../domain/errors.ts'
import { rowName } from '../../domain/ledger/ledger-report.ts'
import { refusal, writeLedgerUpdates } from './ledger-update.ts'
import { writeLedgerSpending } from './ledger-spending.ts'
import type { SpendingRowPlan } from '../../domain/ledger/ledger-spending.ts'
import { noticeProjectsAssigned } from '../notice/project-notices.ts'

const reached = (stage: Stage, at: Stage) => stageIndex(stage) >= stageIndex(at)

export async function writeLedgerImport(
  tx: Transaction,
  user: SessionUser,
  plans: RowPlan[],
  spending: SpendingRowPlan[],
  batch: { id: string; fileName: string; address: string },
): Promise<LedgerReport> {
  const note = `台账导入（${batch.fileName}）`
  const now = new Date()
  const talentIds = new Map<number, string>()
  const talents: Prisma.TalentCreateManyInput[] = []
  const projects: Prisma.ProjectCreateManyInput[] = []
  const signings: Prisma.SigningCreateManyInput[] = []
  const landings: Prisma.LandingCreateManyInput[] = []
  const history: Prisma.StageChangeCreateManyInput[] = []
  const audits: Prisma.AuditLogCreateManyInput[] = []
  const outcomes = plans.map((plan) => {
    const values = plan.values!
    const talent = plan.talent!
    const talentId =
      talent.action === 'EXISTING'
        ? talent.talentId
        : talent.action === 'SAME_AS_ROW'
          ? talentIds.get(talent.rowNumber)!
          : uuidv7()
    talentIds.set(plan.rowNumber, talentId)
    if (talent.action === 'NEW') {
      talents.push({
        id: talentId,
        name: values.talentName,
        phone: values.phone,
        employer: values.employer,
        talentClass: values.talentClass,
        dataSource: 'OTHER',
        notes: note,
        createdById: user.id,
      })
      audits.push({
        actorId: user.id,
        action: 'importLedger',
        entity: 'Talent',
        entityId: talentId,
        changes: { after: { name: values.talentName, employer: values.employer, talentClass: values.talentClass } },
        reason: note,
        address: batch.address,
      })
    }
    if (plan.project?.action !== 'CREATE') return outcomeOf(plan, { talentId })

    // An exported ledger's 编号 that this system does not have yet (a ledger moved from another system) is kept.
    const projectId = values.projectId ?? uuidv7()
    // Registered on the ledger's day; without one, on the earliest day it gives, else now.
    const firstDay =
      values.registeredOn ??
      [values.signing?.signedAt, values.landing?.registeredAt].filter((day) => day !== undefined).sort()[0]
    const createdAt = firstDay ? countyMidnight(firstDay) : now
    const latest = (...days: Date[]) => new Date(Math.max(...days.map((day) => day.getTime())))
    const signedAt =
      values.signing && reached(values.stage, 'SIGNED')
        ? latest(createdAt, countyMidnight(values.signing.signedAt))
        : null
    const landedAt =
      values.landing && reached(values.stage, 'LANDED')
        ? latest(signedAt ?? createdAt, countyMidnight(values.landing.registeredAt))
        : null
    const stageEnteredAt = landedAt ?? signedAt ?? createdAt
    projects.push({
      id: projectId,
      title: values.title,
      talentId,
      industry: values.industry,
      unitId: plan.unitId!,
      creditUnitId: plan.unitId!,
      ownerId: plan.ownerId,
      sourceChannel: values.sourceChannel,
      referrer: values.referrer,
      stage: values.stage,
      status: values.status,
      statusReason: values.statusReason,
      plannedInvestment: values.plannedInvestment,
      registeredCapital: values.registeredCapital,
      stageEnteredAt,
      createdAt,
      // The response clocks stop where the ledger shows the lead was handled, as moveProjectStage stops them.
      firstContactedAt: reached(values.stage, 'CONTACTED') ? stageEnteredAt : null,
      assessedAt: reached(values.stage, 'VISITED') || values.status === 'LOST' ? stageEnteredAt : null,
      createdById: user.id,
    })
    const change = (toStage: Stage, at: Date, fromStage: Stage | null) =>
      history.push({
        projectId,
        fromStage,
        toStage,
        fromStatus: fromStage ? 'ACTIVE' : null,
        toStatus: 'ACTIVE',
        at,
        byId: user.id,
        note,
      })
    change('LEAD', createdAt, null)
    if (signedAt) change('SIGNED', signedAt, 'LEAD')
    if (landedAt) change('LANDED', landedAt, signedAt ? 'SIGNED' : 'LEAD')
    if (values.signing)
      signings.push({
        projectId,
        signedAt: new Date(`${values.signing.signedAt}T00:00:00Z`),
        agreementKind: values.signing.agreementKind,
        investmentAgreed: values.signing.investmentAgreed,
      })
    if (values.landing) {
      const { registeredAt, ...landing } = values.landing
      landings.push({ projectId, ...landing, registeredAt: new Date(`${registeredAt}T00:00:00Z`) })
    }
    audits.push({
      actorId: user.id,
      action: 'importLedger',
      entity: 'Project',
      entityId: projectId,
      reason: note,
      address: batch.address,
      changes: {
        after: {
          title: values.title,
          talentId,
          unitId: plan.unitId,
          stage: values.stage,
          status: values.status,
          row: plan.rowNumber,
        },
      },
    })
    return outcomeOf(plan, { talentId, projectId })
  })
  try {
    if (talents.length) await tx.talent.createMany({ data: talents })
    if (projects.length) await tx.project.createMany({ data: projects })
    if (signings.length) await tx.signing.createMany({ data: signings })
    if (landings.length) await tx.landing.createMany({ data: landings })
    if (history.length) await tx.stageChange.createMany({ data: history })
  } catch (error) {
    // Written together, so the refusal names its row only when the database's message names the project.
    const message = refusal(error)
    if (message === null) throw error
    const row = plans.find((_plan, index) => outcomes[index]?.projectId && message.includes(outcomes[index].projectId))
    throw new DomainError(
      'BAD_USER_INPUT',
      `${row ? `${rowName(row)}：` : ''}新建项目被拒绝，整个文件未导入：${message}`,
    )
  }
  // Each imported project's owner hears of it (a project handed over, as on the project page).
  await noticeProjectsAssigned(
    tx,
    user,
    projects.map((project) => ({
      id: project.id!,
      title: project.title,
      version: 1,
      ownerId: project.ownerId ?? null,
    })),
  )
  await writeLedgerUpdates(tx, user, plans, { note, address: batch.address })
  if (audits.length) await tx.auditLog.createMany({ data: audits })
  const spendingIds = await writeLedgerSpending(tx, user, spending, { note, address: batch.address })
  const report: LedgerReport = {
    fileName: batch.fileName,
    counts: countsOf(plans, spending),
    rows: outcomes,
    spending: spending.map((row, index) => ({ ...row, spendingId: spendingIds[index] ?? null })),
  }
  await tx.importBatch.create({
    data: {
      id: batch.id,
      fileName: batch.fileName,
      createdById: user.id,
      committed: true,
      report: report as unknown as Prisma.InputJsonValue,
    },
  })
  return report
}
