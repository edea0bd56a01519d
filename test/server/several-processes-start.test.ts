// Two server processes started at once on one empty PostgreSQL database (systemd starting its instances
// together): both must come up, each migration must be applied once, and one first administrator and one Web
// Push key pair be created.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { testDatabaseKind } from '../support/database.ts'
import { adminUrl, databaseUrl } from '../support/postgres-url.ts'
import { readMigrationList } from '../../server/src/db/schema-engine.ts'

const root = path.resolve(import.meta.dirname, '../..')

function startServer(url: string) {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
    cwd: path.join(root, 'server'),
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: '0',
      ESCALATION_MINUTES: '0',
      ADMIN_LOGIN: 'first-admin',
      ADMIN_PASSWORD: 'a-long-enough-password',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const server = { output: '', exited: new Promise<number | null>((resolve) => child.once('exit', resolve)) }
  child.stdout.on('data', (chunk) => (server.output += chunk))
  child.stderr.on('data', (chunk) => (server.output += chunk))
  return { ...server, stop: () => child.kill('SIGTERM'), read: () => server.output }
}

// The embedded database lives inside one process: a second process cannot open it, so there is nothing to race.
describe.skipIf(testDatabaseKind !== 'postgresql')('two server processes starting at once on one PostgreSQL', () => {
  const name = `talent_two_starts_${randomUUID().slice(0, 8)}`
  const admin = new pg.Client({ connectionString: adminUrl() })
  beforeAll(async () => {
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  })

  it('both start; every migration is applied once and the first administrator created once', async () => {
    const servers = [startServer(databaseUrl(name)), startServer(databaseUrl(name))]
    try {
      for (const server of servers) {
        await expect.poll(server.read, { timeout: 170_000, interval: 250 }).toMatch(/ready on|✖|Error/)
        expect(server.read()).toContain('ready on')
      }
      const outputs = servers.map((server) => server.read())
      // Not a terminal: the start-up lines are the log's JSON (server/src/observe/startup-log.ts).
      expect(outputs.filter((output) => /Applied \d+ migrations/.test(output))).toHaveLength(1)
      expect(outputs.filter((output) => output.includes('Created the first administrator: first-admin'))).toHaveLength(
        1,
      )
    } finally {
      for (const server of servers) server.stop()
      await Promise.all(servers.map((server) => server.exited))
    }

    const database = new pg.Client({ connectionString: databaseUrl(name) })
    await database.connect()
    try {
      const { rows: migrations } = await database.query<{ migration_name: string; finished: boolean }>(
        `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
           FROM _prisma_migrations ORDER BY migration_name`,
      )
      const committed = (await readMigrationList()).migrationDirectories.map((directory) => directory.path)
      expect(migrations).toEqual(committed.map((migration_name) => ({ migration_name, finished: true })))
      const { rows: admins } = await database.query(`SELECT login, role FROM "User"`)
      expect(admins).toEqual([{ login: 'first-admin', role: 'ADMIN' }])
      const { rows: offices } = await database.query(`SELECT code FROM "Unit"`)
      expect(offices).toEqual([{ code: 'TALENT_OFFICE' }])
      // One Web Push key pair, which both processes sign with (their own, unsaved, would break subscriptions).
      const { rows: pushKeys } = await database.query(`SELECT id FROM "WebPushKeys"`)
      expect(pushKeys).toEqual([{ id: 1 }])
    } finally {
      await database.end()
    }
  }, 200_000)
})
