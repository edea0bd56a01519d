// `pnpm bench load`: a working day's mixed load on the product's own server processes (server/src/main.ts, as
// `pnpm start` runs it) on PostgreSQL, first one process, then two, the load generator in its own process
// (generator.ts). The users step up (50, 100, 200, …) until the p99 of all requests reaches 250 ms; the most users
// served under it, with no errors, is the capacity. The database is made for the run and dropped at the end.
//
// Settings (environment): BENCH_LOAD_STEPS (50,100,200,300,400,500,600), BENCH_LOAD_PROCESSES (1,2),
// BENCH_LOAD_SECONDS (30 measured per step) and BENCH_LOAD_WARMUP_SECONDS (15), BENCH_LOAD_THINK_SECONDS (5, the
// mean think time), BENCH_LOAD_PROJECTS (12000), BENCH_LOAD_ALL_STEPS=1 (do not stop at the first step over 250 ms),
// BENCH_LOAD_QUICK=1 (a try: 3 000 projects, steps 50 and 200, 10 s each), BENCH_LOAD_NODE_OPTIONS (added to the
// servers' Node flags, e.g. --cpu-prof --cpu-prof-dir=/tmp/prof), BENCH_DATABASE_URL, BENCH_LOAD_KEEP_DATABASE=1,
// BENCH_README (1: write the tables into bench/README.md; default: only on a full default run).
import { fork, execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createBenchDatabase, type BenchDatabase } from '../database.ts'
import { benchDir, resultsDir } from '../settings.ts'
import { say } from '../timing.ts'
import type { GeneratorCommand, StepResult } from './generator.ts'
import { mostUsersServed, p99Target, report, writeIntoReadme, type ConfigRun } from './report.ts'
import { seedLoadCounty } from './seed.ts'
import { startServers, stopServers, type ServerProcess } from './servers.ts'
import type { LoadUser } from './workload.ts'
import { dropBenchDatabase, runBench } from '../lifecycle.ts'

const quick = process.env.BENCH_LOAD_QUICK === '1'
const env = (name: string, fallback: string) => process.env[name] ?? fallback
const numbers = (value: string) => value.split(',').map((v) => Number(v.trim()))
const settings = {
  steps: numbers(env('BENCH_LOAD_STEPS', quick ? '50,200' : '50,100,200,300,400,500,600')),
  processes: numbers(env('BENCH_LOAD_PROCESSES', '1,2')),
  seconds: Number(env('BENCH_LOAD_SECONDS', quick ? '10' : '30')),
  warmupSeconds: Number(env('BENCH_LOAD_WARMUP_SECONDS', '15')),
  thinkSeconds: Number(env('BENCH_LOAD_THINK_SECONDS', '5')),
  projects: Number(env('BENCH_LOAD_PROJECTS', quick ? '3000' : '12000')),
  allSteps: process.env.BENCH_LOAD_ALL_STEPS === '1',
}
const fullRun = !quick && Object.keys(process.env).every((name) => !name.startsWith('BENCH_LOAD_'))
const writeReadme = process.env.BENCH_README ? process.env.BENCH_README === '1' : fullRun

let benchDatabase: BenchDatabase | undefined
let servers: ServerProcess[] = []
const generator = fork(path.join(benchDir, 'src/load/generator.ts'), [], {
  execArgv: ['--import', import.meta.resolve('tsx')],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
const generatorReady = new Promise<void>((resolve) =>
  generator.on('message', (message: { ready?: boolean }) => message.ready && resolve()),
)

let commandId = 0
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
function command<T>(message: WithoutId<GeneratorCommand>): Promise<T> {
  const id = ++commandId
  return new Promise((resolve, reject) => {
    const listen = (answer: { id?: number; result?: T; error?: string }) => {
      if (answer.id !== id) return
      generator.off('message', listen)
      if (answer.error) reject(new Error(answer.error))
      else resolve(answer.result as T)
    }
    generator.on('message', listen)
    generator.send({ ...message, id })
  })
}

async function runConfig(processes: number, databaseUrl: string, users: LoadUser[]): Promise<ConfigRun> {
  servers = await startServers(processes, databaseUrl)
  say(`${processes} server process(es) up: ${servers.map((s) => `:${s.port}`).join(', ')}`)
  await command({ op: 'configure', ports: servers.map((s) => s.port), users })
  const run: ConfigRun = { processes, steps: [] }
  try {
    for (const count of settings.steps) {
      const loadBefore = os.loadavg()[0]!
      const result = await command<StepResult>({
        op: 'step',
        users: count,
        warmupSeconds: settings.warmupSeconds,
        seconds: settings.seconds,
        thinkSeconds: settings.thinkSeconds,
      })
      run.steps.push({ ...result, loadBefore, loadAfter: os.loadavg()[0]! })
      say(
        `${processes} process(es), ${count} users: ${(result.requests / result.seconds).toFixed(1)} req/s, ` +
          `p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors ` +
          `(load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)})`,
      )
      for (const sample of result.errorSamples.slice(0, 3)) console.error(`    ${sample}`)
      if (!settings.allSteps && (result.p99 >= p99Target || result.errors > 0)) break
    }
  } finally {
    await stopServers(servers)
    servers = []
  }
  return run
}

async function main() {
  const loadBefore = os.loadavg()[0]!
  benchDatabase = await createBenchDatabase()
  say(`created database ${benchDatabase.name}, migrated`)
  let t = performance.now()
  const { users, counts } = await seedLoadCounty(benchDatabase.url, settings.projects)
  const seedSeconds = (performance.now() - t) / 1000
  say(`seeded in ${seedSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`)
  await generatorReady
  const runs: ConfigRun[] = []
  t = performance.now()
  for (const processes of settings.processes) runs.push(await runConfig(processes, benchDatabase.url, users))

  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  const header =
    `Run ${date} · nproc ${execFileSync('nproc').toString().trim()} (${cpu}), ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
    `PostgreSQL ${benchDatabase.postgresVersion}; ` +
    `load average ${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0]!.toFixed(2)} after; ` +
    `${Math.round((performance.now() - t) / 1000)} s of load`
  const method =
    `Data: ${counts.projects} projects, ${counts.activities} activities, ${counts.supportRequests} support ` +
    `requests, ${counts.users} users, ${counts.units} units (seeded in ${seedSeconds.toFixed(0)} s). ` +
    `Each step: ${settings.warmupSeconds} s of warm-up, then ${settings.seconds} s measured; each user acts after ` +
    `an exponential think time of mean ${settings.thinkSeconds} s; users are 70 % field staff, 15 % park managers, ` +
    `10 % department staff, 5 % leaders. Requests go round-robin to the server processes ` +
    '(`server/src/main.ts`, NODE_ENV=production, pool of 10 each); ' +
    (settings.allSteps ? 'every step was run (BENCH_LOAD_ALL_STEPS=1).' : 'the steps stop at the first p99 ≥ 250 ms.')
  const markdown = report(runs, { header, method }, 200)
  console.log(`\n${markdown}\n`)
  for (const run of runs) say(`${run.processes} process(es): most users with p99 < 250 ms: ${mostUsersServed(run)}`)
  await mkdir(resultsDir, { recursive: true })
  await writeFile(
    path.join(resultsDir, `load-${date.replace(/:/g, '-')}.json`),
    JSON.stringify({ settings, counts, runs }, null, 2),
  )
  if (writeReadme) {
    await writeIntoReadme(markdown)
    say('wrote the tables into bench/README.md')
  }
}

async function cleanUp() {
  await stopServers(servers)
  if (generator.connected) generator.kill('SIGTERM')
  if (!benchDatabase || process.env.BENCH_LOAD_KEEP_DATABASE === '1') {
    if (benchDatabase) say(`kept database ${benchDatabase.name}`)
    return
  }
  await dropBenchDatabase(benchDatabase)
}

runBench(main, cleanUp)
