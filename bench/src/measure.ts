// Load generation from the run's side: commands to the load generator (load.ts) and the interleaved rounds that measure
// every variant.
import type { ChildProcess } from 'node:child_process'
import type { CannonResult, Command, SequentialResult } from './load.ts'
import { readStats, resetStats, type Server, type Stats } from './client.ts'
import { labels, settings, variants, type VariantKey } from './settings.ts'
import { mean, median, quantile, rotate, say, sleep } from './timing.ts'

export interface Measured {
  latency: {
    count: number
    medianMs: number
    p99Ms: number
    meanMs: number
    minMs: number
    maxMs: number
    roundMediansMs: number[]
  }
  throughput: {
    requestsPerSecond: number
    requests: number
    seconds: number
    roundsPerSecond: number[]
    errors: number
    non2xx: number
    timeouts: number
  }
  statements: { perRequest: number; total: number; requests: number; byKind: Record<string, number>; sample: string[] }
  /** Means per request over the c=1 phase, as the server measured them. */
  server: { handlerMs: number; sqlMs: number }
  bytes: number
}

let nextId = 1
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
/** Sends one command to the load generator and waits for its answer. */
function command<T>(loader: ChildProcess, body: WithoutId<Command>): Promise<T> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    const listener = (message: { id?: number; result?: T; error?: string }) => {
      if (message.id !== id) return
      loader.off('message', listener)
      if (message.error) reject(new Error(message.error))
      else resolve(message.result as T)
    }
    loader.on('message', listener)
    loader.send({ ...body, id } as Command)
  })
}

export async function measureAll(
  loader: ChildProcess,
  servers: Record<VariantKey, Server>,
): Promise<Record<VariantKey, Measured>> {
  const keys = variants
  // Warm-up: JIT, caches, connection pools; then let the server finish what autocannon left in flight.
  for (const key of keys) {
    say(`warming up ${labels[key]}`)
    await command<SequentialResult>(loader, {
      op: 'sequential',
      target: servers[key].target,
      count: settings.warmupRequests,
    })
    if (settings.warmupSeconds > 0)
      await command<CannonResult>(loader, {
        op: 'cannon',
        target: servers[key].target,
        connections: settings.connections,
        seconds: settings.warmupSeconds,
      })
  }
  await sleep(500)

  const times = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<VariantKey, number[]>
  const roundMedians = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<VariantKey, number[]>
  const stats = Object.fromEntries(keys.map((key) => [key, [] as Stats[]])) as Record<VariantKey, Stats[]>
  const bytes = {} as Record<VariantKey, number>
  const perRound = Math.ceil(settings.sequential / settings.rounds)
  for (let round = 0; round < settings.rounds; round++) {
    say(`c=1, round ${round + 1}/${settings.rounds}: ${perRound} sequential requests each`)
    for (const key of rotate(keys, round)) {
      await resetStats(servers[key])
      const result = await command<SequentialResult>(loader, {
        op: 'sequential',
        target: servers[key].target,
        count: perRound,
      })
      stats[key].push(await readStats(servers[key]))
      times[key].push(...result.times)
      roundMedians[key].push(median(result.times))
      if (bytes[key] !== undefined && bytes[key] !== result.bytes)
        throw new Error(`${labels[key]} changed its answer between rounds`)
      bytes[key] = result.bytes
    }
  }

  const cannonRounds = Math.min(settings.rounds, 2)
  const cannons = Object.fromEntries(keys.map((key) => [key, [] as CannonResult[]])) as Record<
    VariantKey,
    CannonResult[]
  >
  for (let round = 0; round < cannonRounds; round++) {
    say(`c=${settings.connections}, round ${round + 1}/${cannonRounds}: ${settings.seconds / cannonRounds} s each`)
    for (const key of rotate(keys, round)) {
      const result = await command<CannonResult>(loader, {
        op: 'cannon',
        target: servers[key].target,
        connections: settings.connections,
        seconds: settings.seconds / cannonRounds,
      })
      if (result.errors || result.non2xx || result.timeouts) {
        throw new Error(`${labels[key]} failed requests under load: ${JSON.stringify(result)}`)
      }
      cannons[key].push(result)
      await sleep(300)
    }
  }

  return Object.fromEntries(
    keys.map((key) => {
      const all = times[key]
      const s = stats[key]
      const sum = (pick: (x: Stats) => number) => s.reduce((total, x) => total + pick(x), 0)
      const requests = sum((x) => x.requests)
      const byKind: Record<string, number> = {}
      for (const x of s) for (const [kind, n] of Object.entries(x.byKind)) byKind[kind] = (byKind[kind] ?? 0) + n
      const c = cannons[key]
      const cannonRequests = c.reduce((total, r) => total + r.requests, 0)
      const cannonSeconds = c.reduce((total, r) => total + r.seconds, 0)
      const measured: Measured = {
        latency: {
          count: all.length,
          medianMs: median(all),
          p99Ms: quantile(all, 0.99),
          meanMs: mean(all),
          minMs: Math.min(...all),
          maxMs: Math.max(...all),
          roundMediansMs: roundMedians[key],
        },
        throughput: {
          requestsPerSecond: cannonRequests / cannonSeconds,
          requests: cannonRequests,
          seconds: cannonSeconds,
          roundsPerSecond: c.map((r) => r.requests / r.seconds),
          errors: 0,
          non2xx: 0,
          timeouts: 0,
        },
        statements: {
          perRequest: sum((x) => x.statements) / requests,
          total: sum((x) => x.statements),
          requests,
          byKind,
          sample: s[0]?.sample ?? [],
        },
        server: { handlerMs: sum((x) => x.handlerMs) / requests, sqlMs: sum((x) => x.sqlMs) / requests },
        bytes: bytes[key],
      }
      return [key, measured]
    }),
  ) as Record<VariantKey, Measured>
}
