// Applies an exported ledger row's changes to its project inside the import's transaction, through the
// paths the project page writes with: the stage machine's fields (stageEntryFields, statusFields) and a
// StageChange for each move, the signing and landing writes of signing-landing.ts, one conditional update
// that bumps the project's version (a concurrent edit is a conflict, not an overwrite), one audit entry
// with each field before and after. A refusal — the domain's or the database's — names the row's project.
import type { SessionUser } from '../../context.ts'
import { Prisma } from '../../generated/prisma/client.ts'
import type { RowPlan } from '../../domain/ledger/ledger-plan.ts'
import type { ProjectUpdate } from '../../domain/ledger/ledger-update.ts'
import { refusedRows } from '../../domain/ledger/ledger-report.ts'
import { DomainError } from '../../domain/errors.ts'
import { dayAsDate } from '../../domain/ledger/ledger-dates.ts'
import { stageEntryFields, statusFields } from '../../domain/stage.ts'
import { isWriteConflict, type Transaction } from '../../write/apply-once.ts'
import { loadProjectForWrite } from '../project/project-access.ts'
import { saveLanding, saveSigning } from '../project/signing-landing-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { noticeProjectAssigned } from '../notice/project-notices.ts'

type Batch = { note: string; address: string }

async function applyUpdate(tx: Transaction, user: SessionUser, update: ProjectUpdate, batch: Batch) {
  const project = await loadProjectForWrite(tx, user, update.projectId)
  const now = new Date()
  const data: Record<string, unknown> = { ...update.fields }
  const history: Prisma.StageChangeCreateManyInput[] = []
  let status = project.status
  const move = (stage: typeof project.stage | null, toStatus: typeof status | null) => {
    const fromStage = (data.stage as typeof project.stage | undefined) ?? project.stage
    history.push({
      projectId: project.id,
      fromStage,
      toStage: stage ?? fromStage,
      fromStatus: status,
      toStatus: toStatus ?? status,
      byId: user.id,
      note: batch.note,
      at: now,
    })
    if (toStatus) status = toStatus
  }
  const changeStatus = () => {
    Object.assign(
      data,
      statusFields(
        { ...project, assessedAt: (data.assessedAt as Date | null | undefined) ?? project.assessedAt },
        update.status!.to,
        update.status!.reason,
        now,
      ),
    )
    move(null, update.status!.to)
  }
  if (update.status?.to === 'ACTIVE') changeStatus()
  if (update.stage) {
    const entry = stageEntryFields(project, update.stage, now)
    move(update.stage, null)
    Object.assign(data, entry)
  }
  if (update.status && update.status.to !== 'ACTIVE') changeStatus()

  await updateIfVersion(
    '项目',
    project,
    update.projectVersion,
    (where) => tx.project.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
    () => tx.project.findUnique({ where: { id: project.id } }),
  )
  const ownerId = data.ownerId as string | undefined
  if (ownerId && ownerId !== project.ownerId)
    await noticeProjectAssigned(tx, user, {
      id: project.id,
      title: (data.title as string | undefined) ?? project.title,
      version: update.projectVersion + 1,
      ownerId,
    })
  if (update.signing) {
    const { signedAt, agreementKind, investmentAgreed } = update.signing
    await saveSigning(tx, project.id, { signedAt: dayAsDate(signedAt), agreementKind, investmentAgreed })
  }
  if (update.landing) {
    const { registeredAt, ...landing } = update.landing
    await saveLanding(tx, project.id, project.signing !== null || update.signing !== null, {
      ...landing,
      registeredAt: dayAsDate(registeredAt),
    })
  }
  if (history.length) await tx.stageChange.createMany({ data: history })
  const before = Object.fromEntries(update.changes.map((change) => [change.field, change.before]))
  const after = Object.fromEntries(update.changes.map((change) => [change.field, change.after]))
  await tx.auditLog.create({
    data: {
      actorId: user.id,
      action: 'importLedger',
      entity: 'Project',
      entityId: project.id,
      reason: batch.note,
      address: batch.address,
      changes: { before, after },
    },
  })
}

/** What the database or the domain said, for a row's message; anything else is a fault and goes up as it is. */
export function refusal(error: unknown): string | null {
  if (error instanceof DomainError) return error.message
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || isWriteConflict(error)) return null
  const cause = (error.meta as { driverAdapterError?: { cause?: { originalMessage?: unknown } } } | undefined)
    ?.driverAdapterError?.cause
  return typeof cause?.originalMessage === 'string' ? cause.originalMessage : error.message
}

/** Each UPDATE row in turn; the first refusal ends the import (the transaction is rolled back) with that row named. */
export async function writeLedgerUpdates(tx: Transaction, user: SessionUser, plans: RowPlan[], batch: Batch) {
  for (const plan of plans) {
    if (plan.project?.action !== 'UPDATE') continue
    try {
      await applyUpdate(tx, user, plan.project.update, batch)
    } catch (error) {
      const message = refusal(error)
      if (message === null) throw error
      throw refusedRows([
        {
          rowNumber: plan.rowNumber,
          title: plan.values?.title ?? plan.title,
          talentName: plan.values?.talentName ?? plan.talentName,
          errors: [message],
        },
      ])
    }
  }
}
