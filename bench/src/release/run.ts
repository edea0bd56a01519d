// `pnpm --filter bench release`: the release archive (`pnpm release`) against today's `npm start` (tsx), side by
// side in one run — archive and unpacked size, time from start to the first /healthz 200, resident memory after
// the start and after a few requests — on the embedded database and on PostgreSQL, medians over BENCH_RELEASE_RUNS
// starts of each (default 5, interleaved). Writes its table into bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { withServerNodeFlags } from '../../../scripts/server-node-flags.mjs'
import { median, say } from '../timing.ts'
import { measureStart, type Start, type StartFigures } from './server-process.ts'
import { writeReleaseTable } from './table.ts'

const repo = path.resolve(import.meta.dirname, '../../..')
const runs = Number(process.env.BENCH_RELEASE_RUNS ?? 5)
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const work = mkdtempSync(path.join(tmpdir(), 'talent-bench-release-'))
const megabytes = (bytes: number) => bytes / 1024 / 1024

function folderBytes(folder: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
    files++
  }
  return { bytes, files }
}

say(`Building the release (pnpm release, the PWA included) into ${work}`)
const buildStarted = performance.now()
execFileSync(process.execPath, ['scripts/release.mjs', '--out', work], { cwd: repo, stdio: 'inherit' })
const buildSeconds = (performance.now() - buildStarted) / 1000
const archive = path.join(work, readdirSync(work).find((name) => name.endsWith('.tar.gz')) as string)
execFileSync('tar', ['-xzf', archive, '-C', work])
const releaseDir = archive.replace(/\.tar\.gz$/, '')
const unpacked = folderBytes(releaseDir)
// Today's install: the repository with its node_modules (pnpm's links counted once), as `npm start` needs it.
const installedKb = Number(
  execFileSync('du', ['-sk', '--exclude=.git', '--exclude=data', '--exclude=release', repo], {
    encoding: 'utf8',
  }).split('\t')[0],
)

const pgliteTemplate = path.join(work, 'pglite-template')
const postgresName = `talent_bench_release_${Date.now()}`
const postgresUrl = Object.assign(new URL(adminUrl), { pathname: `/${postgresName}` }).toString()
const admin = new pg.Client({ connectionString: adminUrl })
await admin.connect()
await admin.query(`CREATE DATABASE "${postgresName}"`)
say('Loading the demo county into an embedded database and into PostgreSQL (the release’s cli.js seed)')
for (const env of [{ PGLITE_DIR: pgliteTemplate }, { DATABASE_URL: postgresUrl }]) {
  const seed = spawnSync(process.execPath, ['server/cli.js', 'seed'], {
    cwd: releaseDir,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  })
  if (seed.status !== 0) throw new Error(`Seeding failed:\n${seed.stdout}\n${seed.stderr}`)
}

type Way = 'release' | 'npmStart'
type Database = 'pglite' | 'postgres'
const figures: Record<`${Way}:${Database}`, StartFigures[]> = {
  'release:pglite': [],
  'npmStart:pglite': [],
  'release:postgres': [],
  'npmStart:postgres': [],
}

function startOf(way: Way, database: Database, run: number): Start {
  const dataDir = path.join(work, `pglite-${way}-${run}`)
  if (database === 'pglite') cpSync(pgliteTemplate, dataDir, { recursive: true })
  // Both with the Node flags `npm start` gives the server (INSTALL.md says to set them for the release too).
  const env = withServerNodeFlags({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ESCALATION_MINUTES: '0',
    ...(database === 'pglite' ? { PGLITE_DIR: dataDir } : { DATABASE_URL: postgresUrl }),
  })
  const port = 4600 + run * 4 + (way === 'release' ? 0 : 1) + (database === 'pglite' ? 0 : 2)
  return way === 'release'
    ? { command: process.execPath, args: ['server/main.js'], cwd: releaseDir, env, port }
    : { command: 'npm', args: ['start', '--silent'], cwd: repo, env, port }
}

const loadBefore = loadavg()
try {
  for (let run = 0; run < runs; run++) {
    // Interleaved, the order turned each run, so that a passing load falls on both ways alike.
    const order: Way[] = run % 2 ? ['npmStart', 'release'] : ['release', 'npmStart']
    for (const database of ['pglite', 'postgres'] as const) {
      for (const way of order) {
        const measured = await measureStart(startOf(way, database, run))
        figures[`${way}:${database}`].push(measured)
        say(`run ${run + 1}/${runs} ${way} on ${database}: ${Math.round(measured.startMs)} ms to /healthz`)
      }
    }
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${postgresName}" WITH (FORCE)`)
  await admin.end()
}

const summary = (key: keyof typeof figures) => {
  const list = figures[key]
  return {
    startMs: median(list.map((f) => f.startMs)),
    startRange: [Math.min(...list.map((f) => f.startMs)), Math.max(...list.map((f) => f.startMs))] as const,
    afterStart: {
      server: median(list.map((f) => f.afterStart.server)),
      group: median(list.map((f) => f.afterStart.group)),
    },
    afterRequests: {
      server: median(list.map((f) => f.afterRequests.server)),
      group: median(list.map((f) => f.afterRequests.group)),
    },
  }
}
await writeReleaseTable({
  runs,
  buildSeconds,
  archiveMb: megabytes(statSync(archive).size),
  unpackedMb: megabytes(unpacked.bytes),
  unpackedFiles: unpacked.files,
  installedMb: installedKb / 1024,
  results: {
    release: { pglite: summary('release:pglite'), postgres: summary('release:postgres') },
    npmStart: { pglite: summary('npmStart:pglite'), postgres: summary('npmStart:postgres') },
  },
  load: { before: loadBefore, after: loadavg() },
})
rmSync(work, { recursive: true, force: true })
