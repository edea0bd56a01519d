// The release as a county's IT admin installs it on an intranet: unpacked into an empty folder and started with
// `node server/main.js`, with no network (a network namespace of its own, loopback only) and the repository
// hidden (a mount namespace with an empty folder over it), so that nothing can come from a registry or from the
// workspace's node_modules. probe.mjs does what the admin would do in there and reports what it saw.
import { spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, inject } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }

const repo = path.resolve(import.meta.dirname, '../..')
export const folderName = `talent-pipeline-${packageJson.version}`
export const demoLogin = { login: 'east.staff', password: 'Demo@2026' }
// New network and mount namespaces; as another user than root, inside a user namespace where it is root
// (scripts/run.mjs runs this suite only where one of the two works).
const unshareFlags = process.getuid?.() === 0 ? ['--net', '--mount'] : ['--map-root-user', '--net', '--mount']

interface Command {
  args: string[]
  status: number | null
  output: string
}

export interface Report {
  interfaces: string[]
  outside: string
  before: Command[]
  after: Command[]
  ready: boolean
  log: string
  exitCode: number | null
  error?: string
  healthz?: number
  indexHtml?: { status: number; type: string | null; text: string }
  script?: string
  scriptStatus?: number | null
  signInErrors?: unknown
  signedIn?: { data?: { me: { login: string } | null; projects: { edges: unknown[] } }; errors?: unknown }
  leadWritten?: { data?: { createLead: Lead | null }; errors?: unknown }
  backup?: Command
  copy?: Copy
}

interface Lead {
  uuid: string
  title: string
  stage: string
}

/** The backup restored into a fresh database and the release started on it (probe.mjs, `restoreCopy`). */
export interface Copy {
  backupFiles: string[]
  restore?: Command
  ready?: boolean
  log?: string
  exitCode?: number | null
  error?: string
  readyz?: number
  signInErrors?: unknown
  found?: { data?: { projects: { edges: Array<{ node: Lead }> } }; errors?: unknown }
  after?: Command[]
}

/** Where `cli.js backup` writes and the fresh database `cli.js restore` fills (its settings over the server's). */
export interface BackupPlan {
  out: string
  env: Record<string, string>
  port: number
}

/** Unpacks the archive into a new empty folder (removed by `cleanup`); returns that folder. */
export async function unpack(cleanups: Array<() => Promise<unknown>>): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'talent-release-'))
  cleanups.push(() => rm(folder, { recursive: true, force: true }))
  const tar = spawnSync('tar', ['-xzf', inject('releaseArchive'), '-C', folder], { encoding: 'utf8' })
  expect(tar.stderr).toBe('')
  expect(await readdir(folder)).toEqual([folderName])
  await copyFile(path.join(import.meta.dirname, 'probe.mjs'), path.join(folder, 'probe.mjs'))
  return folder
}

/** Runs probe.mjs beside the unpacked release with no network and the repository out of sight. */
export function probe(
  folder: string,
  plan: { env: Record<string, string>; before: string[][]; after: string[][]; port: number; backup?: BackupPlan },
): Report {
  const request = JSON.stringify({ ...plan, ...demoLogin, releaseDir: path.join(folder, folderName) })
  const script = 'mount -t tmpfs none "$1" && ip link set lo up && exec "$2" probe.mjs "$3"'
  const result = spawnSync('unshare', [...unshareFlags, 'sh', '-c', script, 'sh', repo, process.execPath, request], {
    cwd: folder,
    // Only PATH: no NODE_PATH, NODE_OPTIONS or anything else of the test runner's.
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
    timeout: 300_000,
  })
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.status !== 0 || !last.startsWith('{'))
    throw new Error(`The probe failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(last) as Report
}

/** What the admin checks: no network, then the product up, its PWA served, a user signed in, a clean stop. */
export function expectProductWorks(report: Report) {
  expect(report.interfaces, 'only loopback').toEqual(['lo'])
  expect(report.outside, 'the network is out of reach').toBe('ENETUNREACH')
  expect(report.ready, report.log).toBe(true)
  expect(report.error).toBeUndefined()
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
  expect(report.leadWritten?.errors).toBeUndefined()
  expect(report.leadWritten?.data?.createLead?.stage).toBe('LEAD')
  expect(report.exitCode, 'SIGTERM stops it cleanly').toBe(0)
  for (const command of report.after) expect(command.status, command.output).toBe(0)
}

/**
 * What the admin's restore drill checks: the nightly command wrote one backup while the server ran, it went into
 * the fresh database, the release started on that copy is ready, the lead written before the backup is there,
 * and the copy's audit chain verifies with that lead's entry in it.
 */
export function expectBackupRestored(report: Report, backupFile: RegExp) {
  expect(report.backup?.status, report.backup?.output).toBe(0)
  expect(report.backup?.output).toMatch(/^Backup written: /)
  const copy = report.copy
  expect(copy?.backupFiles).toEqual([expect.stringMatching(backupFile)])
  expect(copy?.restore?.status, copy?.restore?.output).toBe(0)
  expect(copy?.restore?.output).toContain('Restored into ')
  expect(copy?.ready, copy?.log).toBe(true)
  expect(copy?.error).toBeUndefined()
  expect(copy?.readyz).toBe(200)
  expect(copy?.signInErrors).toBeNull()
  expect(copy?.found?.errors).toBeUndefined()
  expect(copy?.found?.data?.projects.edges.map(({ node }) => node)).toEqual([report.leadWritten?.data?.createLead])
  expect(copy?.exitCode, 'SIGTERM stops it cleanly').toBe(0)
  const [verify] = copy?.after ?? []
  expect(verify?.status, verify?.output).toBe(0)
  expect(verify?.output).toMatch(/审计日志完整：[1-9]\d* 条/)
}
