// What the system already holds that an import's rows could collide with, in four queries whatever the
// number of rows: units, the owners named, the talents with a phone or name in the file (and their
// projects), the USCCs in the file.
import type { Transaction } from '../write/apply-once.ts'
import type { KnownWorld } from '../domain/ledger-plan.ts'
import type { ReadLedgerRow } from '../domain/ledger-row.ts'
import type { PrismaClient } from '../generated/prisma/client.ts'

type Db = PrismaClient | Transaction

export async function loadKnownWorld(db: Db, rows: ReadLedgerRow[]): Promise<KnownWorld> {
  const values = rows.flatMap((row) => (row.values ? [row.values] : []))
  const phones = [...new Set(values.flatMap((value) => (value.phone ? [value.phone] : [])))]
  const names = [...new Set(values.map((value) => value.talentName))]
  const owners = [...new Set(values.flatMap((value) => (value.ownerName ? [value.ownerName] : [])))]
  const usccs = [...new Set(values.flatMap((value) => (value.landing ? [value.landing.uscc] : [])))]
  const [units, users, talents, landings] = await Promise.all([
    db.unit.findMany({ select: { id: true, name: true, code: true, kind: true } }),
    owners.length ? db.user.findMany({ where: { name: { in: owners }, active: true }, select: { id: true, name: true, unitId: true } }) : [],
    values.length
      ? db.talent.findMany({
          where: { mergedIntoId: null, OR: [{ phone: { in: phones } }, { name: { in: names } }] },
          select: {
            id: true, name: true, phone: true, employer: true,
            ledProjects: {
              select: {
                id: true, title: true, unitId: true, status: true, unit: { select: { name: true } },
                creditUnitId: true, creditUnit: { select: { name: true } }, signing: { select: { id: true } }, landing: { select: { id: true } },
              },
            },
          },
        })
      : [],
    usccs.length ? db.landing.findMany({ where: { uscc: { in: usccs } }, select: { uscc: true, companyName: true } }) : [],
  ])
  return {
    units,
    users,
    talents: talents.map((talent) => ({
      id: talent.id, name: talent.name, phone: talent.phone, employer: talent.employer,
      projects: talent.ledProjects.map((project) => ({
        id: project.id, title: project.title, unitId: project.unitId, unitName: project.unit.name, active: project.status === 'ACTIVE',
        claim: project.signing || project.landing ? { unitId: project.creditUnitId, unitName: project.creditUnit.name } : null,
      })),
    })),
    usccs: new Map(landings.map((landing) => [landing.uscc, landing.companyName])),
  }
}
