// The release archive, unpacked and started with no network, on a fresh PostgreSQL database reached through the
// server's Unix socket: a path on disk, which a process in a network namespace of its own still reaches.
import path from 'node:path'
import pg from 'pg'
import { afterAll, expect, it } from 'vitest'
import { adminUrl } from '../support/postgres-url.ts'
import { expectBackupRestored, expectProductWorks, probe, unpack } from './installed.ts'

const socketDir = process.env.TEST_POSTGRES_SOCKET_DIR ?? '/var/run/postgresql'
const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

it.runIf(process.env.TEST_POSTGRES === '1')(
  'runs on PostgreSQL through its Unix socket, after cli.js migrated it and loaded the demo county; its backup ' +
    'restores into a new database',
  async () => {
    const name = `talent_release_${process.pid}_${Date.now()}`
    // The restore goes into a new, empty database, as docs/backup.md has the admin create it.
    const copyName = `${name}_copy`
    const admin = new pg.Client({ connectionString: adminUrl() })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.query(`CREATE DATABASE "${copyName}"`)
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.query(`DROP DATABASE IF EXISTS "${copyName}" WITH (FORCE)`)
      await admin.end()
    })
    const folder = await unpack(cleanups)
    const url = `postgresql://postgres@/${name}?host=${socketDir}`
    const copyUrl = `postgresql://postgres@/${copyName}?host=${socketDir}`
    const report = probe(folder, {
      env: { DATABASE_URL: url, ESCALATION_MINUTES: '0' },
      before: [['migrate'], ['seed']],
      after: [['audit-verify']],
      port: 4101,
      backup: { out: path.join(folder, 'backups'), env: { DATABASE_URL: copyUrl }, port: 4103 },
    })
    const [migrate, seed] = report.before
    expect(migrate?.status, migrate?.output).toBe(0)
    expect(migrate?.output).toContain('Applied: ')
    expect(seed?.status, seed?.output).toBe(0)
    expect(seed?.output).toContain('Demo county loaded.')
    expectProductWorks(report)
    expect(report.log).toContain(`PostgreSQL ${url}`)

    // pg_dump, the system's postgresql-client: one snapshot while the server runs.
    expectBackupRestored(report, /^talent-postgresql-\d{8}T\d{6}Z\.dump$/)
    expect(report.copy?.log).toContain(`PostgreSQL ${copyUrl}`)
  },
)
