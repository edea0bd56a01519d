// Upgrading a county's database: one the first release made and filled, migrated by today's code, keeps every
// record and figure and its people sign in; a migration that would lose data refuses to run without a flag.
import { randomUUID } from 'node:crypto'
import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { migrate, openDatabase, type Database } from '../../server/src/db/open.ts'
import { DataLossRefusedError, lossyStatements } from '../../server/src/db/migration-guard.ts'
import { prismaDir } from '../../server/src/db/paths.ts'
import { applyMigrations } from '../../server/src/db/schema-engine.ts'
import { verifyAuditChain } from '../../server/src/write/audit-chain.ts'
import { testDatabaseKind } from '../support/database.ts'
import { adminUrl, databaseUrl } from '../support/postgres-url.ts'
import { createApi } from '../support/api.ts'
import { expectKeptTablesToEqualARebuild } from '../support/statistics-agree.ts'
import {
  fillFirstReleaseCounty,
  firstMigration,
  firstReleaseStages,
  migrationsFolder,
  rowCounts,
} from '../support/first-release.ts'

const oldTables = [
  ...['Unit', 'User', 'Talent', 'Project', 'StageChange', 'Activity', 'Signing', 'Landing', 'CreditShare'],
  'AuditLog',
]
const migrationsDir = path.join(prismaDir, 'migrations')
const allMigrations = async () =>
  (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)

let database: Database
let dropDatabase = async () => {}
const folders: string[] = []

beforeAll(async () => {
  if (testDatabaseKind === 'pglite') {
    const pglite = new PGlite()
    database = await openDatabase({ pglite })
    dropDatabase = () => pglite.close()
    return
  }
  const name = `${inject('postgresTemplate')}_upgrade_${randomUUID().slice(0, 8)}`
  const admin = new pg.Client({ connectionString: adminUrl() })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  database = await openDatabase({ url: databaseUrl(name) })
  dropDatabase = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  }
})
afterAll(async () => {
  await database?.close()
  await dropDatabase()
  for (const folder of folders) await rm(folder, { recursive: true, force: true })
})

const folder = async (...args: Parameters<typeof migrationsFolder>) => {
  const made = await migrationsFolder(...args)
  folders.push(made)
  return made
}

describe(`upgrading the first release's database on ${testDatabaseKind}`, () => {
  // Every migration in turn on PGlite: about 20 s alone, more beside other files.
  it('keeps every record, stage and figure, its statistics equal a rebuild, and its people sign in', {
    timeout: 120_000,
  }, async () => {
    // The first release's tables alone (the working-day calendar that migrate() also loads came later).
    expect(await applyMigrations(database.adapter, await folder([firstMigration]))).toEqual([firstMigration])
    await fillFirstReleaseCounty(database)
    const before = await rowCounts(database, oldTables)
    const stagesBefore = await database.prisma
      .$queryRaw`SELECT id, stage::text, status::text FROM "Project" ORDER BY id`
    const money = () => database.prisma.$queryRaw`SELECT sum("investmentAgreed")::text AS agreed FROM "Signing"`
    const moneyBefore = await money()

    const applied = await migrate(database, { env: {} })
    expect(applied).toEqual((await allMigrations()).filter((name) => name !== firstMigration))

    expect(await rowCounts(database, oldTables)).toEqual(before)
    expect(await database.prisma.$queryRaw`SELECT id, stage::text, status::text FROM "Project" ORDER BY id`).toEqual(
      stagesBefore,
    )
    expect(await money()).toEqual(moneyBefore)
    // The statistics tables, made by later migrations, were filled from the old rows exactly as a rebuild does.
    await expectKeptTablesToEqualARebuild(database.prisma)
    // The chain, added later, links the old entries.
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, count: before.AuditLog })

    const staff = await createApi(database.prisma).agent().login('old.east')
    const read = await staff.requestText<{ projects: { edges: { node: { title: string; stage: string } }[] } }>(
      '{ projects(first: 50) { edges { node { title stage } } } }',
    )
    expect(read.errors).toBeUndefined()
    // The east park's seven projects, each at the stage the first release left it.
    const seen = read.data?.projects.edges.map(({ node }) => `${node.title}:${node.stage}`).sort()
    expect(seen).toEqual(
      [0, 2, 4, 6, 8, 10, 12].map((n) => `老项目${n}:${firstReleaseStages[n % firstReleaseStages.length]}`).sort(),
    )
  })

  it('refuses a migration that would drop a column until ALLOW_DATA_LOSS=1 or it says it was reviewed', async () => {
    const drop = 'ALTER TABLE "Talent" DROP COLUMN "wechat";\n'
    const dropWechat = { '29990101000000_drop_wechat': drop }
    const withDrop = await folder(await allMigrations(), dropWechat)
    const refused = migrate(database, { env: {}, migrationsDir: withDrop })
    await expect(refused).rejects.toThrow(DataLossRefusedError)
    await expect(refused).rejects.toThrow('29990101000000_drop_wechat: ALTER TABLE "Talent" DROP COLUMN "wechat"')
    const column = () => database.prisma.$queryRaw`
      SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'Talent' AND column_name = 'wechat'`
    expect(await column()).toEqual([{ n: 1 }])

    const reviewedDrop = {
      '29990101000000_drop_wechat': `-- data-loss: reviewed (moved to the notes)\n${drop}`,
    }
    const reviewed = await folder(await allMigrations(), reviewedDrop)
    expect(await migrate(database, { env: {}, migrationsDir: reviewed })).toEqual(['29990101000000_drop_wechat'])
    expect(await column()).toEqual([{ n: 0 }])

    const truncate = await folder(await allMigrations(), {
      ...reviewedDrop,
      '29990102000000_forget_attempts': 'TRUNCATE "LoginAttempt";\n',
    })
    await expect(migrate(database, { env: {}, migrationsDir: truncate })).rejects.toThrow(DataLossRefusedError)
    expect(await migrate(database, { env: { ALLOW_DATA_LOSS: '1' }, migrationsDir: truncate })).toEqual([
      '29990102000000_forget_attempts',
    ])
  })

  it('finds nothing to refuse in the migrations committed so far', async () => {
    for (const name of await allMigrations()) {
      expect([name, lossyStatements(await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8'))]).toEqual([
        name,
        [],
      ])
    }
  })
})
