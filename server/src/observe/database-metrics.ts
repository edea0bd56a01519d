// The database's side of the metrics, read when Prometheus scrapes: the PostgreSQL pool's connections, and the
// time PostgreSQL spent in the statistics triggers. Node cannot time a trigger (it runs inside the write's
// statement), so PostgreSQL's own function statistics (pg_stat_user_functions) are read; they are kept only
// with track_functions = pl, which the embedded database turns on here and PostgreSQL's administrator turns on
// for the database (docs/observability.md). Until then the trigger gauges are absent and the `enabled` gauge is 0.
import { Gauge } from 'prom-client'
import type { Database } from '../db/open.ts'
import type { ServerMetrics } from './metrics.ts'

interface TriggerTime {
  function: string
  calls: number
  /** Milliseconds, the functions it called included. */
  total_time: number
}

export async function watchDatabase(metrics: ServerMetrics, database: Pick<Database, 'kind' | 'prisma' | 'pool'>) {
  const registers = [metrics.registry]
  const pool = database.pool
  if (pool) {
    new Gauge({
      name: 'talent_db_pool_connections',
      help: 'PostgreSQL connections of the server pool: open in all (total), and of those unused (idle)',
      labelNames: ['state'] as const,
      registers,
      collect() {
        this.set({ state: 'total' }, pool.totalCount)
        this.set({ state: 'idle' }, pool.idleCount)
      },
    })
    new Gauge({
      name: 'talent_db_pool_waiting',
      help: 'Queries waiting for a free connection of the pool',
      registers,
      collect() {
        this.set(pool.waitingCount)
      },
    })
    new Gauge({
      name: 'talent_db_pool_max',
      help: 'The most connections the pool opens (DATABASE_POOL_SIZE)',
      registers,
      collect() {
        this.set(pool.options.max ?? 10)
      },
    })
  }

  // The embedded database is ours, its session a superuser's: it keeps the statistics it is asked to.
  if (database.kind === 'pglite') await database.prisma.$executeRawUnsafe(`SET track_functions = 'pl'`)
  const read = sharedRead(() => triggerTimes(database))
  const enabled = new Gauge({
    name: 'talent_statistics_trigger_timing_enabled',
    help: '1 when PostgreSQL keeps function statistics (track_functions = pl or all), else 0',
    registers,
    async collect() {
      this.set((await read()).enabled ? 1 : 0)
    },
  })
  const perFunction = (name: string, help: string, value: (row: TriggerTime) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['function'] as const,
      registers,
      async collect() {
        this.reset()
        for (const row of (await read()).rows) this.set({ function: row.function }, value(row))
      },
    })
  const calls = perFunction(
    'talent_statistics_trigger_calls',
    'Calls of each statistics trigger function since PostgreSQL last reset its statistics',
    (row) => row.calls,
  )
  const seconds = perFunction(
    'talent_statistics_trigger_seconds',
    'Time spent in each statistics trigger function (with what it calls) since the last reset',
    (row) => row.total_time / 1000,
  )
  return { enabled, calls, seconds }
}

async function triggerTimes(database: Pick<Database, 'kind' | 'prisma'>) {
  try {
    // The embedded database is one session: its pending statistics are flushed on demand. A PostgreSQL
    // connection flushes its own within seconds of going idle, so its figures may lag a little.
    if (database.kind === 'pglite') await database.prisma.$executeRawUnsafe('SELECT pg_stat_force_next_flush()')
    const [setting] = await database.prisma.$queryRaw<{ track: string }[]>`
      SELECT current_setting('track_functions') AS track`
    const rows = await database.prisma.$queryRaw<TriggerTime[]>`
      SELECT s.funcname AS function, s.calls::float8 AS calls, s.total_time::float8 AS total_time
      FROM pg_stat_user_functions s JOIN pg_proc p ON p.oid = s.funcid
      WHERE starts_with(s.funcname, 'statistics_') AND p.prorettype = 'trigger'::regtype`
    return { enabled: setting?.track === 'pl' || setting?.track === 'all', rows }
  } catch {
    // A scrape during a database outage still answers with the process's own metrics.
    return { enabled: false, rows: [] as TriggerTime[] }
  }
}

/** One database read per scrape, however many gauges ask for it while it runs. */
function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null
  return () => {
    pending ??= read().finally(() => {
      pending = null
    })
    return pending
  }
}
