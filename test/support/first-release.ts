// A database as the first release left it: only the first migration applied (from a folder holding just that
// one), then a small county written in that schema's own SQL — the columns it had then, nothing later.
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { uuidv7 } from 'uuidv7'
import type { Database } from '../../server/src/db/open.ts'
import { prismaDir } from '../../server/src/db/paths.ts'
import { hashPassword } from '../../server/src/auth/password.ts'
import { testPassword } from './fixtures.ts'

export const firstMigration = '20261124112615_init'

/** A migrations folder holding the given migrations of prisma/migrations, and any written here. */
export async function migrationsFolder(names: string[], extra: Record<string, string> = {}): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'migrations-'))
  await cp(path.join(prismaDir, 'migrations', 'migration_lock.toml'), path.join(folder, 'migration_lock.toml'))
  for (const name of names)
    await cp(path.join(prismaDir, 'migrations', name), path.join(folder, name), { recursive: true })
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(folder, name))
    await writeFile(path.join(folder, name, 'migration.sql'), sql)
  }
  return folder
}

export const firstReleaseStages = [
  'LEAD',
  'CONTACTED',
  'VISITED',
  'NEGOTIATING',
  'SIGNED',
  'LANDED',
  'OPERATING',
] as const
const stages = firstReleaseStages
const sql = (value: unknown): string =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`
const insert = (table: string, row: Record<string, unknown>) =>
  `INSERT INTO "${table}" (${Object.keys(row)
    .map((column) => `"${column}"`)
    .join(', ')}) VALUES (${Object.values(row).map(sql).join(', ')})`

/** Two parks, three people, 14 projects through every stage with their history, follow-ups, signings, landings. */
export async function fillFirstReleaseCounty(database: Database) {
  const now = '2026-11-20T02:00:00Z'
  const unit = (code: string, name: string, kind: string) => ({ id: uuidv7(), kind, name, code, updatedAt: now })
  const east = unit('EAST_PARK', '东部园区', 'PARK')
  const west = unit('WEST_PARK', '西部园区', 'PARK')
  const office = unit('TALENT_OFFICE', '人才办', 'OFFICE')
  const passwordHash = await hashPassword(testPassword)
  const user = (login: string, role: string, unitId: string) => ({
    ...{ id: uuidv7(), login, name: login, passwordHash, role, unitId, updatedAt: now },
  })
  const staff = [user('old.east', 'STAFF', east.id), user('old.west', 'STAFF', west.id)]
  const admin = user('old.admin', 'ADMIN', office.id)
  const statements = [...[east, west, office].map((u) => insert('Unit', u))]
  statements.push(...[...staff, admin].map((u) => insert('User', u)))
  for (let n = 0; n < 14; n++) {
    const stage = stages[n % stages.length] as (typeof stages)[number]
    const unitId = n % 2 ? west.id : east.id
    const by = (n % 2 ? staff[1] : staff[0]) as (typeof staff)[number]
    const day = (d: number) => `2026-${String(1 + (n % 10)).padStart(2, '0')}-${String(1 + d).padStart(2, '0')}`
    const talent = { id: uuidv7(), name: `老人才${n}`, phone: `1370000${String(1000 + n)}`, updatedAt: now }
    const project = {
      ...{ id: uuidv7(), title: `老项目${n}`, talentId: talent.id, unitId, creditUnitId: unitId, ownerId: by.id },
      ...{ sourceChannel: 'TALENT_AMBASSADOR', stage, stageEnteredAt: `${day(9)}T02:00:00Z`, createdById: by.id },
      ...{ plannedInvestment: 100 + n * 10, createdAt: `${day(0)}T02:00:00Z`, updatedAt: now },
    }
    statements.push(insert('Talent', talent), insert('Project', project))
    // The stage history the first release recorded: one step for each stage reached.
    for (let step = 0; step <= stages.indexOf(stage); step++) {
      statements.push(
        insert('StageChange', {
          ...{ id: uuidv7(), projectId: project.id, fromStage: step ? stages[step - 1] : null, toStage: stages[step] },
          ...{ fromStatus: step ? 'ACTIVE' : null, toStatus: 'ACTIVE', at: `${day(step)}T02:00:00Z`, byId: by.id },
        }),
      )
    }
    statements.push(
      insert('Activity', {
        ...{
          id: uuidv7(),
          projectId: project.id,
          kind: 'CALL',
          occurredAt: `${day(1)}T03:00:00Z`,
          summary: '电话沟通',
        },
        ...{ authorId: by.id, updatedAt: now },
      }),
      insert('AuditLog', {
        id: uuidv7(),
        actorId: by.id,
        action: 'createLead',
        entity: 'Project',
        entityId: project.id,
      }),
    )
    if (stages.indexOf(stage) >= stages.indexOf('SIGNED')) {
      statements.push(
        insert('Signing', {
          ...{ id: uuidv7(), projectId: project.id, signedAt: day(4), agreementKind: 'INVESTMENT' },
          ...{ investmentAgreed: 500 + n, updatedAt: now },
        }),
        insert('CreditShare', {
          ...{ id: uuidv7(), projectId: project.id, unitId, share: 1, reason: '首次接触', setById: by.id },
        }),
      )
    }
    if (stages.indexOf(stage) >= stages.indexOf('LANDED')) {
      statements.push(
        insert('Landing', {
          ...{ id: uuidv7(), projectId: project.id, companyName: `老企业${n}有限公司` },
          ...{ uscc: `91330000MA2${String(n).padStart(7, '0')}`, registeredAt: day(5), updatedAt: now },
        }),
      )
    }
  }
  for (const statement of statements) await database.prisma.$executeRawUnsafe(statement)
}

/** Every table the first migration made, with how many rows it holds. */
export async function rowCounts(database: Database, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const [row] = await database.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`)
    counts[table] = row?.n ?? -1
  }
  return counts
}
