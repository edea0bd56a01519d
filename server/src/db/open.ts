// Opens the database: PGlite in a folder when no DATABASE_URL is set, PostgreSQL through
// @prisma/adapter-pg when it is. The same schema, migrations and code serve both.
import { mkdir, access, constants } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaClient } from '../generated/prisma/client.ts'
import { applyMigrations, readMigrationList } from './schema-engine.ts'
import { DatabaseOpenError } from './open-error.ts'
import { refuseDataLoss } from './migration-guard.ts'
import { loadOfficialCalendar } from './official-calendar.ts'
import { rememberSessions } from '../auth/session.ts'
import { FolderHeldError, holdFolder, type FolderHold } from './backup/folder-hold.ts'
import { snapshotPglite } from './backup/pglite-snapshot.ts'

export type DatabaseKind = 'pglite' | 'postgresql'

export interface Database {
  kind: DatabaseKind
  prisma: PrismaClient
  adapter: SqlMigrationAwareDriverAdapterFactory
  /** The embedded database itself (PGlite only), for its snapshots. */
  pglite?: PGlite
  /** Where the data lives, for messages: a folder or a URL without its password. */
  location: string
  /**
   * Runs `work` while holding the lock of that name, which one process at a time holds on this database (a
   * PostgreSQL advisory lock on a connection of its own, waited for without a time limit; released when
   * `work` ends or the process dies). The embedded database is opened by one process only: there it just runs.
   */
  exclusively<T>(lockName: string, work: () => Promise<T>): Promise<T>
  /** PostgreSQL: the pool the server's queries use, watched by the metrics. */
  pool?: pg.Pool
  /** PostgreSQL: where it is, for connections outside the pool (the live screens' listener, server/src/live/). */
  url?: string
  close(): Promise<void>
}

export { DatabaseOpenError }

export interface OpenOptions {
  url?: string | undefined
  dataDir?: string | undefined
  /** An already started PGlite (tests clone a migrated template). */
  pglite?: PGlite
  log?: (query: { query: string; duration: number; params?: string }) => void
  /**
   * PostgreSQL only: cancel any statement running longer (ms; 0 or absent: never). The server sets it so that
   * no request holds the database for long; migrations and seeds from the command line do not. PGlite runs
   * in this process's WebAssembly and cannot cancel a running statement (statement_timeout is accepted but
   * never fires): there, input limits are the guard.
   */
  statementTimeoutMs?: number
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options)
  return openPglite(options)
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let pglite = options.pglite
  const location = options.dataDir ?? 'memory://'
  let hold: FolderHold | null = null
  if (!pglite) {
    if (options.dataDir) hold = await holdDataFolder(options.dataDir)
    try {
      pglite = await PGlite.create(options.dataDir)
    } catch (error) {
      await hold?.release()
      throw new DatabaseOpenError(
        `The embedded database in ${location} cannot be opened (${(error as Error).message}). ` +
          'If it was written by another version, move the folder away to start afresh.',
      )
    }
    const opened = pglite
    hold?.serve(() => snapshotPglite(opened))
  }
  const adapter = new PrismaPGlite(pglite)
  const prisma = withQueryLog(new PrismaClient({ adapter, ...logOptions(options) }), options)
  // This process alone serves the folder, so it may remember sessions and still forget them at a logout.
  rememberSessions(prisma, Number(process.env.SESSION_CACHE_SECONDS ?? 10) * 1000)
  const owned = !options.pglite
  return {
    kind: 'pglite',
    prisma,
    adapter,
    pglite,
    location,
    exclusively: (_lockName, work) => work(),
    async close() {
      await prisma.$disconnect()
      if (owned) await pglite.close()
      await hold?.release()
    },
  }
}

/** Makes the folder and claims it for this process: PGlite must never be opened by two at once. */
async function holdDataFolder(dataDir: string): Promise<FolderHold> {
  try {
    await mkdir(dataDir, { recursive: true })
    await access(dataDir, constants.W_OK)
  } catch (error) {
    throw new DatabaseOpenError(
      `Cannot use the data folder ${dataDir} (${(error as Error).message}). ` +
        'Make it writable, or point PGLITE_DIR at another folder.',
    )
  }
  try {
    return await holdFolder(dataDir)
  } catch (error) {
    if (error instanceof FolderHeldError) throw new DatabaseOpenError(error.message)
    throw error
  }
}

/**
 * Every PostgreSQL session of the server. No JIT: on the dashboard's aggregates (100k projects) LLVM spent
 * 6–10 s compiling statements that run in well under a second, and the planner's estimates cross
 * jit_above_cost for each of them. Sorts of 16 MB: the funnel's median spilled to disk at the default 4 MB.
 */
export const postgresSessionOptions = '-c jit=off -c work_mem=16MB'

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const location = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
  const timeout = options.statementTimeoutMs ? ` -c statement_timeout=${Math.round(options.statementTimeoutMs)}` : ''
  const config = {
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    options: postgresSessionOptions + timeout,
  }
  // The queries' pool is made here, to be watched; migrations keep their own pool (the adapter's), which the
  // schema engine ends when it is done, its advisory lock with it.
  const pool = new pg.Pool(config)
  const adapter = new PrismaPg(config)
  const prisma = withQueryLog(
    new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), ...logOptions(options) }),
    options,
  )
  try {
    await prisma.$queryRaw`SELECT 1`
  } catch (error) {
    await prisma.$disconnect().catch(() => {})
    throw new DatabaseOpenError(
      `Cannot reach PostgreSQL at ${location} (${(error as Error).message}). ` +
        'Check that the server runs and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.',
    )
  }
  return {
    kind: 'postgresql',
    prisma,
    adapter,
    location,
    pool,
    url,
    exclusively: (lockName, work) => underAdvisoryLock(url, lockName, work),
    close: () => prisma.$disconnect(),
  }
}

/**
 * A session-level lock on a connection outside the pool, with no statement or lock timeout (not even one set on
 * the role), so the wait is not cut short however long another process's migrations take.
 */
async function underAdvisoryLock<T>(url: string, lockName: string, work: () => Promise<T>): Promise<T> {
  const connection = new pg.Client({
    connectionString: url,
    application_name: `talent-pipeline ${lockName}`,
    options: '-c statement_timeout=0 -c lock_timeout=0',
  })
  await connection.connect()
  try {
    await connection.query('SELECT pg_advisory_lock(hashtext($1))', [lockName])
    return await work()
  } finally {
    // Ending the session releases its advisory locks, also when `work` failed.
    await connection.end()
  }
}

function logOptions(options: OpenOptions) {
  return options.log ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}
}

function withQueryLog(prisma: PrismaClient, options: OpenOptions): PrismaClient {
  if (options.log) {
    const log = options.log
    ;(
      prisma as unknown as {
        $on(event: 'query', cb: (e: { query: string; duration: number; params?: string }) => void): void
      }
    ).$on('query', (event) => log(event))
  }
  return prisma
}

export interface MigrateOptions {
  /** ALLOW_DATA_LOSS=1 lets a migration that would lose data run (server/src/db/migration-guard.ts). */
  env?: NodeJS.ProcessEnv
  /** Another folder of migrations than prisma/migrations (tests). */
  migrationsDir?: string
}

export async function migrate(database: Database, options: MigrateOptions = {}): Promise<string[]> {
  await refuseDataLoss(database.prisma, await readMigrationList(options.migrationsDir), options.env ?? process.env)
  const applied = await applyMigrations(database.adapter, options.migrationsDir)
  // Data the schema needs to be of use (the working-day calendar), loaded where the tables are made.
  await loadOfficialCalendar(database.prisma)
  return applied
}
