// `pnpm --filter bench working-set`: how long a heavy field user's phone takes to fill its working set (200
// projects with their timelines) after signing in, and how many bytes, on shaped networks; what it then keeps
// on the phone; and what the next refresh costs after ten of the projects got a follow-up.
// Needs the built PWA (`pnpm build`), PostgreSQL (BENCH_DATABASE_URL, as the other benches) and Chromium
// (CHROMIUM_PATH, /usr/bin/chromium).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { hashPassword } from '../../../server/src/auth/password.ts'
import { createBenchDatabase, type BenchDatabase } from '../database.ts'
import { dropBenchDatabase, runBench } from '../lifecycle.ts'
import { say, sleep } from '../timing.ts'
import { openPhone, type NetworkProfile, type Transfer } from './phone.ts'
import { heavyLogin, heavyProjects, tenNewFollowUpsSql, workingSetSeedSql } from './seed.ts'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const password = 'Bench@2026'

// Chromium DevTools' presets: "Regular 3G" as DevTools had it (750 kbit/s down, 250 up, 100 ms), and today's
// "Slow 3G" (400 kbit/s both ways, 2 000 ms).
const profiles: NetworkProfile[] = [
  { name: 'not shaped (loopback)', downKbps: 0, upKbps: 0, latencyMs: 0 },
  { name: 'Regular 3G: 750/250 kbit/s, 100 ms', downKbps: 750, upKbps: 250, latencyMs: 100 },
  { name: 'Slow 3G: 400/400 kbit/s, 2 000 ms', downKbps: 400, upKbps: 400, latencyMs: 2000 },
]

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function startServer(databaseUrl: string) {
  const port = await freePort()
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/main.ts'], {
    cwd: path.join(repo, 'server'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      CLIENT_DIR: path.join(repo, 'client', 'dist'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error('the server exited before it was ready')
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (tries > 480) throw new Error('the server did not answer /healthz within 2 minutes')
    await sleep(250)
  }
  return { url, stop: () => child.kill('SIGTERM') }
}

// The working set's state the phone keeps (client/src/working-set/state.ts), read in the page: each function
// stands alone, since Playwright sends its text (the page's CSP refuses a string to evaluate).
function savedState(): { doneAt: number; held: number } {
  const state = JSON.parse(localStorage.getItem('tp.workingSet') ?? 'null') as {
    doneAt: number | null
    ids: string[]
  } | null
  return { doneAt: state?.doneAt ?? 0, held: state?.ids.length ?? 0 }
}
function doneAfter(after: number): boolean {
  const state = JSON.parse(localStorage.getItem('tp.workingSet') ?? 'null') as { doneAt: number | null } | null
  return (state?.doneAt ?? 0) > after
}

interface Row {
  profile: string
  fill: Transfer
  held: number
  storage: { usage: number; indexedDB: number | null }
  next: Transfer
}

async function measure(url: string, database: string, profile: NetworkProfile): Promise<Row> {
  const phone = await openPhone(profile)
  try {
    const { page } = phone
    await page.goto(`${url}/login`)
    await page.getByLabel('账号').fill(heavyLogin)
    await page.getByLabel('密码').fill(password)
    await phone.shape()
    await phone.transfer()
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByTestId('bottom-nav').waitFor({ timeout: 120_000 })
    await page.waitForFunction(doneAfter, 0, { timeout: 900_000, polling: 500 })
    const fill = await phone.transfer()
    const { held, doneAt: before } = await page.evaluate(savedState)
    await sleep(3_000) // graphcache writes its batches to IndexedDB a moment after the answers
    const storage = await phone.storage()
    say(`${profile.name}: filled ${String(held)} projects in ${fill.seconds.toFixed(1)} s`)

    const client = new pg.Client({ connectionString: database })
    await client.connect()
    await client.query(tenNewFollowUpsSql())
    await client.end()
    await page.reload()
    await page.waitForFunction(doneAfter, before, { timeout: 600_000, polling: 500 })
    const next = await phone.transfer()
    return { profile: profile.name, fill, held, storage, next }
  } finally {
    await phone.close()
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

function table(rows: Row[]): string {
  const lines = [
    '| network | fill | down / up | gzipped | requests | kept: IndexedDB (site) | next refresh, 10 changed |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const row of rows) {
    const storage = `${row.storage.indexedDB === null ? '?' : kb(row.storage.indexedDB)} (${kb(row.storage.usage)})`
    lines.push(
      `| ${row.profile} | ${row.fill.seconds.toFixed(1)} s | ${kb(row.fill.downBytes)} / ${kb(row.fill.upBytes)} | ` +
        `${kb(row.fill.gzipBytes)} | ${row.fill.requests} | ${storage} | ` +
        `${row.next.seconds.toFixed(1)} s, ${kb(row.next.downBytes)} (${kb(row.next.gzipBytes)} gzipped) |`,
    )
  }
  return lines.join('\n')
}

let database: BenchDatabase | undefined
let server: { stop: () => void } | undefined

runBench(
  async () => {
    if (!existsSync(path.join(repo, 'client', 'dist', 'index.html'))) throw new Error('build the PWA first: pnpm build')
    database = await createBenchDatabase()
    const seed = new pg.Client({ connectionString: database.url })
    await seed.connect()
    await seed.query(workingSetSeedSql(await hashPassword(password)))
    await seed.query('VACUUM ANALYZE')
    await seed.end()
    say(`seeded ${heavyProjects} projects for ${heavyLogin} in ${database.name}`)
    const running = await startServer(database.url)
    server = running
    const rows: Row[] = []
    for (const profile of profiles) rows.push(await measure(running.url, database.url, profile))
    console.log(`\n${table(rows)}\n`)
    console.log(`projects kept: ${rows.map((row) => row.held).join(', ')}`)
  },
  async () => {
    server?.stop()
    if (database) await dropBenchDatabase(database)
  },
)
