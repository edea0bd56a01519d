// Prisma's own schema engine, compiled to Wasm, driven through a driver adapter: migrations work on
// machines that cannot download the native engine, and record `_prisma_migrations` exactly as
// `prisma migrate deploy` does, so the two stay interchangeable on the same folder.
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg'
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm'
import { prismaDir } from './paths.ts'

const require = createRequire(import.meta.url)
const schemaPath = path.join(prismaDir, 'schema.prisma')
const defaultMigrationsDir = path.join(prismaDir, 'migrations')
const noFilters = { externalTables: [], externalEnums: [] }

// One Wasm instance per process, even when this file is loaded more than once (as test runners do):
// a second instance would replace the first under engines that are still running.
const wasmKey = Symbol.for('talent-pipeline.schema-engine-wasm')
const processGlobals = globalThis as { [wasmKey]?: Promise<void> }

/** Node does not import `.wasm` the way bundlers do, so instantiate the engine by hand, once. */
function loadWasm(): Promise<void> {
  processGlobals[wasmKey] ??= (async () => {
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm')
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': bg })
    const exports = instance.exports as unknown as Parameters<typeof bg.__wbg_set_wasm>[0] & {
      __wbindgen_start(): void
    }
    bg.__wbg_set_wasm(exports)
    exports.__wbindgen_start()
  })()
  return processGlobals[wasmKey]
}

type ScriptDriver = { exec?(sql: string): Promise<unknown>; query(sql: string): Promise<unknown> }
type ScriptAdapter = SqlDriverAdapter & { client?: ScriptDriver; onError?(error: unknown): never }

/**
 * Migration scripts are sent whole to the database. The adapters' own `executeScript` cannot be trusted
 * with them: adapter-pg splits on every `;` (breaking function bodies), and the PGlite adapter does
 * not await the script, so a failing migration would be recorded as applied.
 */
function wholeScripts(
  factory: SqlMigrationAwareDriverAdapterFactory,
  opened: SqlDriverAdapter[],
): SqlMigrationAwareDriverAdapterFactory {
  const fix = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    opened.push(adapter)
    const driver = (adapter as ScriptAdapter).client
    if (!driver) throw new Error(`Cannot run migration scripts through the ${factory.adapterName} adapter`)
    adapter.executeScript = async (script: string) => {
      try {
        await (driver.exec ? driver.exec(script) : driver.query(script))
      } catch (error) {
        ;(adapter as ScriptAdapter).onError?.(error)
        throw error
      }
    }
    return adapter
  }
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => fix(await factory.connect()),
    connectToShadowDb: async () => fix(await factory.connectToShadowDb()),
  }
}

/** `opened` collects the connections the engine makes: freeing the engine does not close them. */
async function openEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  opened: SqlDriverAdapter[] = [],
): Promise<SchemaEngine> {
  await loadWasm()
  const datamodel = await readFile(schemaPath, 'utf8')
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error('[schema-engine]', message)
  }
  return bg.SchemaEngine.new(
    { datamodels: [[schemaPath, datamodel]] },
    log,
    bindMigrationAwareSqlAdapterFactory(wholeScripts(adapter, opened)),
  )
}

export async function readMigrationList(migrationsDir = defaultMigrationsDir): Promise<MigrationList> {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml')
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null)
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => [])
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  }
}

/** Applies every pending migration of `prisma/migrations`; returns the names it applied. */
export async function applyMigrations(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir = defaultMigrationsDir,
): Promise<string[]> {
  const opened: SqlDriverAdapter[] = []
  const engine = await openEngine(adapter, opened)
  try {
    const migrationsList = await readMigrationList(migrationsDir)
    const output = await engine.applyMigrations({ migrationsList, filters: noFilters })
    return output.appliedMigrationNames
  } finally {
    engine.free()
    // The engine's PostgreSQL pool still holds its migration advisory lock: left to its idle timeout, the next
    // process to migrate the database (a second server, `pnpm db:seed`) waits up to 10 s for it, or fails.
    await Promise.all(opened.map((connection) => connection.dispose()))
  }
}

/** The SQL that would bring the committed migrations to `schema.prisma`; empty when there is no drift. */
export async function pendingSchemaChange(): Promise<string> {
  const shadow = new PGlite()
  const engine = await openEngine(new PrismaPGlite(shadow))
  try {
    const datamodel = await readFile(schemaPath, 'utf8')
    const migrations = await readMigrationList()
    const result = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: datamodel }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    })
    const sql = result.stdout ?? ''
    return sql.includes('This is an empty migration') ? '' : sql.trim()
  } finally {
    engine.free()
    await shadow.close()
  }
}

/** Writes the next migration (`<timestamp>_<name>/migration.sql`) from the schema diff. */
export async function writeMigration(name: string): Promise<string | null> {
  const sql = await pendingSchemaChange()
  if (!sql) return null
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)
  const folder = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`
  await mkdir(path.join(defaultMigrationsDir, folder), { recursive: true })
  await writeFile(path.join(defaultMigrationsDir, folder, 'migration.sql'), `${sql}\n`)
  const lockPath = path.join(defaultMigrationsDir, 'migration_lock.toml')
  await writeFile(
    lockPath,
    '# Please do not edit this file manually\n' +
      '# It should be added in your version-control system (e.g., Git)\n' +
      'provider = "postgresql"\n',
  )
  return folder
}
