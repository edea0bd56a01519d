// `pnpm db:seed` on a database a first start already gave its administrator (the README's PostgreSQL path):
// the demo county loads beside them, once, and only accounts that sign in are shown.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { bootstrapDatabase } from '../../server/src/db/bootstrap.ts'
import { seedDemoCounty } from '../../prisma/seed/demo-county.ts'
import { demoUsers } from '../../prisma/seed/demo-data.ts'
import { createApi } from '../support/api.ts'

const admin = { ADMIN_LOGIN: 'admin', ADMIN_PASSWORD: 'a-long-enough-secret', SEED_DEMO: '0' }
const serverDir = fileURLToPath(new URL('../../server/', import.meta.url))

let db: TestDatabase
beforeEach(async () => {
  db = await openTestDatabase()
  await bootstrapDatabase(db, admin)
})
afterEach(() => db?.close())

const counts = async () => ({
  units: await db.prisma.unit.count(),
  users: await db.prisma.user.count(),
  projects: await db.prisma.project.count(),
  activities: await db.prisma.activity.count(),
})

describe(`the demo seed after a first start on ${testDatabaseKind}`, () => {
  it('loads the demo county beside the first administrator, shows only accounts that sign in, and changes nothing ' +
    'the second time', async () => {
    const first = await seedDemoCounty(db.prisma)
    expect(first).toMatchObject({ seeded: true, keptLogins: ['admin'] })
    const loaded = await counts()
    expect(loaded.projects).toBeGreaterThanOrEqual(50)
    expect(loaded.users).toBe(demoUsers.length)
    const api = createApi(db.prisma)
    // The administrator keeps their own password; the demo's is not theirs, so the list leaves them out.
    await api.agent().login('admin', admin.ADMIN_PASSWORD)
    expect(first.accounts.map((account) => account.login)).toEqual(
      demoUsers.map((user) => user.login).filter((login) => login !== 'admin'),
    )
    for (const account of first.accounts) await api.agent().login(account.login, account.password)

    const again = await seedDemoCounty(db.prisma)
    expect(again.seeded).toBe(false)
    expect(again.accounts).toEqual(first.accounts)
    expect(await counts()).toEqual(loaded)
  }, 120_000)

  it.runIf(testDatabaseKind === 'postgresql')(
    'pnpm db:seed says what it loaded and lists only accounts that exist',
    async () => {
      const seed = () =>
        spawnSync(process.execPath, ['../node_modules/tsx/dist/cli.mjs', 'src/db/cli.ts', 'seed'], {
          cwd: serverDir,
          env: { ...process.env, DATABASE_URL: db.location },
          encoding: 'utf8',
        })
      const first = seed()
      expect(first.status, first.stderr).toBe(0)
      expect(first.stdout).toContain('Demo county loaded.')
      expect(first.stdout).toContain('keep their own passwords: admin')
      expect(first.stdout).toMatch(/'east\.staff'.*'Demo@2026'/)
      expect(first.stdout).not.toContain("'admin'")
      const again = seed()
      expect(again.status, again.stderr).toBe(0)
      expect(again.stdout).toContain('already there: nothing changed')
      expect(again.stdout).toMatch(/'east\.staff'.*'Demo@2026'/)
      expect(await db.prisma.project.count()).toBeGreaterThanOrEqual(50)
    },
    180_000,
  )
})
