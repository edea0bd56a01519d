// The release archive installs as a county's IT admin would install it on an intranet: unpacked into an empty
// folder and started with `node server/main.js`, with no network (a network namespace of its own, loopback
// only) and the repository hidden (a mount namespace with an empty folder over it), so nothing can come from a
// registry or from the workspace's node_modules. Once on the embedded database, once on PostgreSQL through its
// Unix socket (a path on disk, reachable from any network namespace).
import { spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { adminUrl } from '../support/postgres-url.ts'

const repo = path.resolve(import.meta.dirname, '../..')
const version = (await import('../../package.json', { with: { type: 'json' } })).default.version
const folderName = `talent-pipeline-${version}`
const socketDir = process.env.TEST_POSTGRES_SOCKET_DIR ?? '/var/run/postgresql'
const demoLogin = { login: 'east.staff', password: 'Demo@2026' }
// New network and mount namespaces; as another user than root, inside a user namespace where it is root
// (scripts/run.mjs runs this suite only where one of the two works).
const unshareFlags = process.getuid?.() === 0 ? ['--net', '--mount'] : ['--map-root-user', '--net', '--mount']
const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

interface Report {
  outside: string
  before: Array<{ args: string[]; status: number | null; output: string }>
  after: Array<{ args: string[]; status: number | null; output: string }>
  ready: boolean
  log: string
  exitCode: number | null
  healthz?: number
  indexHtml?: { status: number; type: string | null; text: string }
  script?: string
  scriptStatus?: number | null
  signInErrors?: unknown
  signedIn?: { data?: { me: { login: string } | null; projects: { edges: unknown[] } }; errors?: unknown }
}

/** Unpacks the archive into an empty folder; returns that folder. */
async function unpack(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'talent-release-'))
  cleanups.push(() => rm(folder, { recursive: true, force: true }))
  const tar = spawnSync('tar', ['-xzf', inject('releaseArchive'), '-C', folder], { encoding: 'utf8' })
  expect(tar.stderr).toBe('')
  expect(await readdir(folder)).toEqual([folderName])
  await copyFile(path.join(import.meta.dirname, 'probe.mjs'), path.join(folder, 'probe.mjs'))
  return folder
}

/** Runs probe.mjs in the unpacked release with no network and the repository out of sight. */
function probe(folder: string, plan: { env: Record<string, string>; before: string[][]; after: string[][] }): Report {
  const port = 4100 + (process.pid % 800)
  const request = JSON.stringify({ ...plan, ...demoLogin, port, releaseDir: path.join(folder, folderName) })
  const result = spawnSync(
    'unshare',
    [
      ...unshareFlags,
      'sh',
      '-c',
      'mount -t tmpfs none "$1" && ip link set lo up && exec "$2" probe.mjs "$3"',
      'sh',
      repo,
      process.execPath,
      request,
    ],
    // Only PATH: no NODE_PATH, NODE_OPTIONS or anything else of the test runner's.
    { cwd: folder, env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 300_000 },
  )
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.status !== 0 || !last.startsWith('{'))
    throw new Error(`The probe failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(last) as Report
}

function expectProductWorks(report: Report) {
  expect(report.outside, 'the network must be out of reach').toMatch(/ENETUNREACH|EHOSTUNREACH|timeout/)
  expect(report.ready, report.log).toBe(true)
  expect(report.healthz).toBe(200)
  expect(report.indexHtml?.status).toBe(200)
  expect(report.indexHtml?.type).toContain('text/html')
  expect(report.indexHtml?.text).toContain('<title>人才项目全周期</title>')
  // The built PWA, not its sources: a hashed bundle that the server serves.
  expect(report.script).toMatch(/^\/assets\/.+\.js$/)
  expect(report.scriptStatus).toBe(200)
  expect(report.signInErrors).toBeNull()
  expect(report.signedIn?.errors).toBeUndefined()
  expect(report.signedIn?.data?.me?.login).toBe(demoLogin.login)
  expect(report.signedIn?.data?.projects.edges.length).toBeGreaterThan(0)
  expect(report.exitCode, 'SIGTERM stops it cleanly').toBe(0)
  for (const command of report.after) expect(command.status, command.output).toBe(0)
}

describe('the release archive, installed with no network', () => {
  it('runs on the embedded database, kept beside the release folder, with the demo county', async () => {
    const folder = await unpack()
    const report = probe(folder, { env: { ESCALATION_MINUTES: '0' }, before: [], after: [['audit-verify']] })
    expectProductWorks(report)
    expect(report.log).toContain(`embedded PGlite in ${path.join(folder, 'data/pglite')}`)
    expect(report.log).toContain('Demo county loaded')
    // An upgrade replaces talent-pipeline-<version>/: the data is not in it.
    expect(existsSync(path.join(folder, 'data/pglite/PG_VERSION'))).toBe(true)
    expect(await readdir(path.join(folder, folderName))).not.toContain('data')
  }, 300_000)

  it.runIf(process.env.TEST_POSTGRES === '1')(
    'runs on PostgreSQL through its Unix socket, after cli.js migrated it and loaded the demo county',
    async () => {
      const name = `talent_release_${process.pid}_${Date.now()}`
      const admin = new pg.Client({ connectionString: adminUrl() })
      await admin.connect()
      await admin.query(`CREATE DATABASE "${name}"`)
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await admin.end()
      })
      const folder = await unpack()
      const url = `postgresql://postgres@/${name}?host=${socketDir}`
      const report = probe(folder, {
        env: { DATABASE_URL: url, ESCALATION_MINUTES: '0' },
        before: [['migrate'], ['seed']],
        after: [['audit-verify']],
      })
      const [migrate, seed] = report.before
      expect(migrate?.status, migrate?.output).toBe(0)
      expect(migrate?.output).toContain('Applied: ')
      expect(seed?.status, seed?.output).toBe(0)
      expect(seed?.output).toContain('Demo county loaded.')
      expectProductWorks(report)
      expect(report.log).toContain(`PostgreSQL ${url}`)
    },
    300_000,
  )
})
