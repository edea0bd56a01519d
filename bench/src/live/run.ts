// `pnpm bench live`: the live screens on the product's own server processes (server/src/main.ts, as the load
// bench starts them: ../load/servers.ts) on one fresh PostgreSQL database seeded as a county (../load/seed.ts).
// Two processes; BENCH_LIVE_SUBSCRIPTIONS (1000) board subscriptions over SSE from one Node process, alternately
// on each, opened by a park's field staff and manager and the county leaders (every one of them reads the park's
// projects, so each write reaches every stream). Then:
//  1. idle cost: each server's RSS and heap after a full GC (gc-on-signal.mjs) and its CPU time (/proc
//     utime+stime) over BENCH_LIVE_IDLE_SECONDS (60) idle, first without subscriptions, then with them open
//     (after 15 s to settle);
//  2. latency: BENCH_LIVE_WRITES (50) follow-ups logged through process A, BENCH_LIVE_SPACING_MS (200) apart,
//     each on another project of the park; for every stream, the time from sending the write until the stream
//     read an event naming that project.
// BENCH_LIVE_PROJECTS (3000) sizes the county; BENCH_README=1 writes the table into bench/README.md (default:
// only on a default run); BENCH_DATABASE_URL as for the other benches.
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createBenchDatabase, type BenchDatabase } from '../database.ts'
import { dropBenchDatabase, runBench } from '../lifecycle.ts'
import { resultsDir } from '../settings.ts'
import { writeIntoReadme } from '../load/report.ts'
import { seedLoadCounty } from '../load/seed.ts'
import { startServers, stopServers, type ServerProcess } from '../load/servers.ts'
import type { LoadUser } from '../load/workload.ts'
import { median, say, sleep } from '../timing.ts'
import { cpuSeconds, rssMiB } from './process-stats.ts'
import { liveReport, type LatencyFigures } from './report.ts'
import { openBoard, type OpenSubscription } from './subscribers.ts'
import { globalId, logFollowUp } from './writes.ts'

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback)
const settings = {
  subscriptions: env('BENCH_LIVE_SUBSCRIPTIONS', 1000),
  writes: env('BENCH_LIVE_WRITES', 50),
  spacingMs: env('BENCH_LIVE_SPACING_MS', 200),
  idleSeconds: env('BENCH_LIVE_IDLE_SECONDS', 60),
  projects: env('BENCH_LIVE_PROJECTS', 3000),
}
const fullRun = Object.keys(process.env).every((name) => !name.startsWith('BENCH_LIVE_'))
const writeReadme = process.env.BENCH_README ? process.env.BENCH_README === '1' : fullRun

let benchDatabase: BenchDatabase | undefined
let servers: ServerProcess[] = []
let subscriptions: OpenSubscription[] = []

/** Every server's CPU time used over `seconds` of nothing happening. */
async function idleCpu(seconds: number): Promise<number[]> {
  const before = servers.map(({ child }) => cpuSeconds(child.pid!))
  await sleep(seconds * 1000)
  return servers.map(({ child }, i) => cpuSeconds(child.pid!) - before[i]!)
}

/** Every server's RSS and V8 heap in use after a full collection (gc-on-signal.mjs): medians of three. */
async function memoryAfterGc(): Promise<{ rssMiB: number[]; heapMiB: number[] }> {
  const rss: number[][] = servers.map(() => [])
  const heap: number[][] = servers.map(() => [])
  for (let round = 0; round < 3; round++) {
    for (const { child } of servers) child.kill('SIGUSR2')
    await sleep(1000)
    for (const [i, { child }] of servers.entries()) {
      rss[i]!.push(rssMiB(child.pid!))
      const usage = JSON.parse(readFileSync(path.join(resultsDir, `${child.pid}.json`), 'utf8')) as { heapUsed: number }
      heap[i]!.push(usage.heapUsed / 2 ** 20)
    }
  }
  return { rssMiB: rss.map(median), heapMiB: heap.map(median) }
}

/** The subscribers: the park's staff and manager and the county's leaders, in turn. */
function subscribersOf(users: LoadUser[], unitId: string): LoadUser[] {
  return users.filter(
    (user) => user.role === 'LEADER' || (user.unitId === unitId && ['STAFF', 'PARK_MANAGER'].includes(user.role)),
  )
}

async function main() {
  const loadBefore = os.loadavg()[0]!
  benchDatabase = await createBenchDatabase()
  say(`created database ${benchDatabase.name}, migrated`)
  const { users, counts } = await seedLoadCounty(benchDatabase.url, settings.projects)
  say(`seeded: ${JSON.stringify(counts)}`)

  // The park: the unit whose field staff own the most projects; the writes are follow-ups by each owner.
  const owners = users.filter((user) => user.role === 'STAFF' && user.projects.length > 0)
  const byUnit = new Map<string, LoadUser[]>()
  for (const owner of owners) byUnit.set(owner.unitId, [...(byUnit.get(owner.unitId) ?? []), owner])
  const [unitId, unitOwners] = [...byUnit].sort((a, b) => b[1].length - a[1].length)[0]!
  const writes = unitOwners.flatMap((owner) => owner.projects.map((project) => ({ owner, project })))
  if (writes.length < settings.writes) throw new Error(`the park has ${writes.length} owned projects`)
  const plan = Array.from({ length: settings.writes }, (_, i) => writes[(i * 7) % writes.length]!)
  if (new Set(plan.map((w) => w.project)).size < plan.length) throw new Error('writes repeat a project')
  const readers = subscribersOf(users, unitId)

  process.env.ESCALATION_MINUTES = '0'
  process.env.NOTICE_DELIVERY_SECONDS = '0'
  const gcOnSignal = `--expose-gc --import ${import.meta.resolve('./gc-on-signal.mjs')}`
  process.env.BENCH_LIVE_MEMORY_DIR = resultsDir
  servers = await startServers(2, benchDatabase.url, gcOnSignal)
  const [a, b] = servers as [ServerProcess, ServerProcess]
  say(`server processes: A :${a.port} (pid ${a.child.pid}), B :${b.port} (pid ${b.child.pid})`)

  // Received: for each write, when each subscription first heard of its project.
  const projectWrite = new Map(plan.map((write, i) => [globalId('Project', write.project), i]))
  let heard: Map<number, number>[] = []
  const onChange = (subscription: number, ids: string[], at: number) => {
    for (const id of ids) {
      const write = projectWrite.get(id)
      if (write === undefined) continue
      const first = heard[write]!
      if (!first.has(subscription)) first.set(subscription, at)
    }
  }
  let streamErrors = 0
  const onError = (error: Error) => {
    if (streamErrors++ < 5) console.error(`  stream: ${error.message}`)
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY })

  // Warm-up: a few streams and writes on both, so the idle baseline is of servers that have served.
  const warm = await Promise.all(
    servers.map((s, i) => openBoard(agent, s.port, readers[i]!.token, -1, () => {}, onError)),
  )
  for (const write of writes.slice(-4)) await logFollowUp(a.port, write.owner, write.project)
  for (const subscription of warm) subscription.close()
  await sleep(10_000)

  const loadIdle = os.loadavg()[0]!
  say(`idle ${settings.idleSeconds} s without subscriptions…`)
  const cpuWithout = await idleCpu(settings.idleSeconds)
  const memoryWithout = await memoryAfterGc()

  let t = performance.now()
  for (let from = 0; from < settings.subscriptions; from += 50) {
    const batch = Array.from({ length: Math.min(50, settings.subscriptions - from) }, (_, k) => from + k)
    subscriptions.push(
      ...(await Promise.all(
        batch.map((i) =>
          openBoard(agent, servers[i % 2]!.port, readers[i % readers.length]!.token, i, onChange, onError),
        ),
      )),
    )
  }
  const openSeconds = (performance.now() - t) / 1000
  say(`opened ${subscriptions.length} subscriptions in ${openSeconds.toFixed(1)} s (${readers.length} users)`)
  await sleep(15_000)
  say(`idle ${settings.idleSeconds} s with them open…`)
  const cpuWith = await idleCpu(settings.idleSeconds)
  const memoryWith = await memoryAfterGc()

  heard = plan.map(() => new Map())
  const sentAt: number[] = []
  const answeredIn: number[] = []
  t = performance.now()
  for (const [i, write] of plan.entries()) {
    const due = t + i * settings.spacingMs
    await sleep(Math.max(0, due - performance.now()))
    sentAt[i] = performance.now()
    await logFollowUp(a.port, write.owner, write.project)
    answeredIn[i] = performance.now() - sentAt[i]!
  }
  // Every stream hears every write: wait for the last deliveries (at most 10 s).
  const until = performance.now() + 10_000
  while (heard.some((m) => m.size < subscriptions.length) && performance.now() < until) await sleep(100)

  const latency = (onPort: number): LatencyFigures => {
    const times: number[] = []
    const afterAnswer: number[] = []
    let expected = 0
    for (const [i, first] of heard.entries()) {
      for (const subscription of subscriptions) {
        if (subscription.port !== onPort) continue
        expected++
        const at = first.get(subscription.index)
        if (at === undefined) continue
        times.push(at - sentAt[i]!)
        afterAnswer.push(at - sentAt[i]! - answeredIn[i]!)
      }
    }
    return { expected, times, afterAnswer }
  }
  const report = liveReport({
    header:
      `Run ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} · nproc ${execFileSync('nproc').toString().trim()} ` +
      `(${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, PostgreSQL ` +
      `${benchDatabase.postgresVersion}; load average ${loadBefore.toFixed(2)} before the run, ` +
      `${loadIdle.toFixed(2)} before the idle baseline, ${os.loadavg()[0]!.toFixed(2)} at the end`,
    settings: { ...settings, readers: readers.length, projectsSeeded: Number(counts.projects) },
    openSeconds,
    idle: { without: { ...memoryWithout, cpuSeconds: cpuWithout }, with: { ...memoryWith, cpuSeconds: cpuWith } },
    latency: { a: latency(a.port), b: latency(b.port) },
    writeAnswerMs: answeredIn,
    streamErrors,
  })
  console.log(`\n${report}\n`)
  if (writeReadme) {
    await writeIntoReadme(report, 'live:results')
    say('wrote the table into bench/README.md')
  }
}

async function cleanUp() {
  for (const subscription of subscriptions) subscription.close()
  subscriptions = []
  await stopServers(servers)
  servers = []
  if (benchDatabase) await dropBenchDatabase(benchDatabase)
}

runBench(main, cleanUp)
