// What the system already holds that an import's rows could collide with, in five queries whatever the
// number of rows: units, the owners named, the talents with a phone or name in the file (and their
// projects), the USCCs in the file, and the projects an exported ledger's 项目编号 name.
import type { SessionUser } from '../../context.ts'
import type { Transaction } from '../../write/apply-once.ts'
import type { KnownWorld } from '../../domain/ledger/ledger-plan.ts'
import type { ReadLedgerRow } from '../../domain/ledger/ledger-row.ts'
import { ledgerVersion, type LedgerProjectFacts } from '../../domain/ledger/ledger-update.ts'
import { countyDay } from '../../domain/ledger/ledger-dates.ts'
import { countingStages } from '../../domain/stage.ts'
import { canWriteProject } from '../../auth/visibility.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { ledgerProject, type LedgerProject } from './ledger-workbook.ts'

type Db = PrismaClient | Transaction

const day = (date: Date) => date.toISOString().slice(0, 10)
const money = (value: { toString(): string } | null) => (value === null ? null : value.toString())

function factsOf(project: LedgerProject & { followers: { userId: string }[] }, user: SessionUser): LedgerProjectFacts {
  const { signing, landing } = project
  return {
    id: project.id,
    projectVersion: project.version,
    version: ledgerVersion(project),
    writable: canWriteProject(user, project),
    talentId: project.talentId,
    unitId: project.unitId,
    unitName: project.unit.name,
    ownerName: project.owner?.name ?? null,
    title: project.title,
    industry: project.industry,
    sourceChannel: project.sourceChannel,
    referrer: project.referrer,
    stage: project.stage,
    status: project.status,
    statusReason: project.statusReason,
    plannedInvestment: money(project.plannedInvestment),
    registeredCapital: money(project.registeredCapital),
    registeredOn: countyDay(project.createdAt),
    talent: project.talent,
    signing: signing && {
      signedAt: day(signing.signedAt),
      agreementKind: signing.agreementKind,
      investmentAgreed: money(signing.investmentAgreed),
    },
    landing: landing && {
      registeredAt: day(landing.registeredAt),
      companyName: landing.companyName,
      uscc: landing.uscc,
      registeredCapital: money(landing.registeredCapital),
    },
  }
}

export async function loadKnownWorld(db: Db, user: SessionUser, rows: ReadLedgerRow[]): Promise<KnownWorld> {
  const values = rows.flatMap((row) => (row.values ? [row.values] : []))
  const phones = [...new Set(values.flatMap((value) => (value.phone ? [value.phone] : [])))]
  const names = [...new Set(values.map((value) => value.talentName))]
  const owners = [...new Set(values.flatMap((value) => (value.ownerName ? [value.ownerName] : [])))]
  const usccs = [...new Set(values.flatMap((value) => (value.landing ? [value.landing.uscc] : [])))]
  const ids = [...new Set(values.flatMap((value) => (value.projectId ? [value.projectId] : [])))]
  const [units, users, talents, landings, projects] = await Promise.all([
    db.unit.findMany({ select: { id: true, name: true, code: true, kind: true } }),
    owners.length
      ? db.user.findMany({
          where: { name: { in: owners }, active: true },
          select: { id: true, name: true, unitId: true },
        })
      : [],
    values.length
      ? db.talent.findMany({
          where: { mergedIntoId: null, OR: [{ phone: { in: phones } }, { name: { in: names } }] },
          select: {
            id: true,
            name: true,
            phone: true,
            employer: true,
            ledProjects: {
              select: {
                id: true,
                title: true,
                unitId: true,
                status: true,
                unit: { select: { name: true } },
                creditUnitId: true,
                creditUnit: { select: { name: true } },
                signing: { select: { id: true } },
                stage: true,
                stageChanges: { where: { toStage: { in: [...countingStages] } }, select: { id: true }, take: 1 },
              },
            },
          },
        })
      : [],
    usccs.length
      ? db.landing.findMany({
          where: { uscc: { in: usccs } },
          select: { uscc: true, companyName: true, projectId: true },
        })
      : [],
    ids.length
      ? db.project.findMany({
          where: { id: { in: ids } },
          select: { ...ledgerProject, followers: { select: { userId: true } } },
        })
      : [],
  ])
  return {
    units,
    users,
    talents: talents.map((talent) => ({
      id: talent.id,
      name: talent.name,
      phone: talent.phone,
      employer: talent.employer,
      projects: talent.ledProjects.map((project) => ({
        id: project.id,
        title: project.title,
        unitId: project.unitId,
        unitName: project.unit.name,
        active: project.status === 'ACTIVE',
        claim:
          project.signing && (countingStages.includes(project.stage) || project.stageChanges.length)
            ? { unitId: project.creditUnitId, unitName: project.creditUnit.name }
            : null,
      })),
    })),
    usccs: new Map(
      landings.map((landing) => [landing.uscc, { companyName: landing.companyName, projectId: landing.projectId }]),
    ),
    projects: new Map(projects.map((project) => [project.id, factsOf(project, user)])),
  }
}
