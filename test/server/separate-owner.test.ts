// PostgreSQL with a server that does not own its tables (README): migrations run as the owner role through
// MIGRATION_DATABASE_URL, the server as a role that can write the audit log but never change, delete or
// unchain an entry, nor switch a trigger off.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import pg from 'pg'
import { createOwnedDatabase } from '../support/postgres-roles.ts'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { adminUrl, databaseUrl } from '../support/postgres-url.ts'
import { openDatabase, type Database } from '../../server/src/db/open.ts'
import { bootstrapDatabase, BootstrapError } from '../../server/src/db/bootstrap.ts'
import { readMigrationList } from '../../server/src/db/schema-engine.ts'
import { verifyAuditChain } from '../../server/src/write/audit-chain.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { createApi } from '../support/api.ts'
import { talentWithProject } from '../support/pipeline.ts'

describe(`MIGRATION_DATABASE_URL on ${testDatabaseKind}`, () => {
  if (testDatabaseKind === 'pglite') {
    it('is refused with the embedded database, and nothing is migrated', async () => {
      const db: TestDatabase = await openTestDatabase()
      try {
        await expect(
          bootstrapDatabase(db, { MIGRATION_DATABASE_URL: 'postgresql://owner@127.0.0.1/talent' }),
        ).rejects.toThrow(BootstrapError)
        expect(await db.prisma.user.count()).toBe(0)
      } finally {
        await db.close()
      }
    })
    return
  }

  const suffix = randomUUID().slice(0, 8)
  const owner = `talent_owner_${suffix}`
  const app = `talent_app_${suffix}`
  const name = `${inject('postgresTemplate')}_roles_${suffix}`
  const roleUrl = (role: string) =>
    Object.assign(new URL(databaseUrl(name)), { username: role, password: '' }).toString()
  let superuser: pg.Client
  let server: Database
  let appSql: pg.Client

  beforeAll(async () => {
    superuser = new pg.Client({ connectionString: adminUrl() })
    await superuser.connect()
    await createOwnedDatabase(superuser, name, owner, app)
    server = await openDatabase({ url: roleUrl(app) })
    appSql = new pg.Client({ connectionString: roleUrl(app) })
    await appSql.connect()
  })
  afterAll(async () => {
    await appSql?.end()
    await server?.close()
    await superuser.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await superuser.query(`DROP ROLE IF EXISTS ${app}`)
    await superuser.query(`DROP ROLE IF EXISTS ${owner}`)
    await superuser.end()
  })

  it('migrates as the owner and starts as the application role', async () => {
    const boot = await bootstrapDatabase(server, {
      MIGRATION_DATABASE_URL: roleUrl(owner),
      ADMIN_LOGIN: 'chief',
      ADMIN_PASSWORD: 'a-long-enough-secret',
    })
    expect(boot.appliedMigrations).toEqual((await readMigrationList()).migrationDirectories.map((entry) => entry.path))
    expect(boot.createdAdmin).toBe('chief')
    const { rows } = await appSql.query(
      `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname IN ('AuditLog', ` +
        `'AuditChain', 'Project')`,
    )
    expect(rows).toEqual([{ owner }])
  })

  it('lets the application role write as usual, every write chained', async () => {
    const park = await createUnit(server.prisma, '东部园区')
    await createUser(server.prisma, 'east.staff', 'STAFF', park.id)
    const staff = await createApi(server.prisma).agent().login('east.staff')
    await talentWithProject(staff)
    expect(await server.prisma.auditLog.count()).toBe(2)
    expect(await verifyAuditChain(server.prisma)).toMatchObject({ intact: true, count: 2 })
  })

  it('refuses the application role any change to the audit log or its chain, and its triggers', async () => {
    const refused = [
      `UPDATE "AuditLog" SET reason = '例行查看'`,
      `DELETE FROM "AuditLog"`,
      `TRUNCATE "AuditLog" CASCADE`,
      `ALTER TABLE "AuditLog" DISABLE TRIGGER USER`,
      `INSERT INTO "AuditChain" (seq, "auditLogId", hash) SELECT 99, id, '' FROM "AuditLog" LIMIT 1`,
      `UPDATE "AuditChain" SET hash = ''`,
      `DELETE FROM "AuditChain"`,
      `ALTER TABLE "AuditChain" DISABLE TRIGGER USER`,
    ]
    for (const statement of refused) {
      // Refused for want of the right, before any trigger could refuse it.
      await expect(appSql.query(statement), statement).rejects.toThrow(/permission denied|must be owner/)
    }
    expect(await verifyAuditChain(server.prisma)).toMatchObject({ intact: true, count: 2 })
  })
})
