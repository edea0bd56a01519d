// The databases of a backup drill, as a county runs them: an embedded database in its own folder, or
// PostgreSQL with an owner role that migrates, backs up and restores and a server role that owns nothing
// (README: PostgreSQL with a server that does not own its tables). Each side says how the commands reach
// the running database and how to make the fresh target a restore goes into.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomUUID } from 'node:crypto'
import { inject } from 'vitest'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { grantRowsToServerRole } from './postgres-roles.ts'
import { openDatabase, type Database } from '../../server/src/db/open.ts'
import { migrateAsOwner } from '../../server/src/db/bootstrap.ts'
import { adminUrl, databaseUrl } from './postgres-url.ts'
import { testDatabaseKind } from './database.ts'

export interface DrillTarget {
  env: NodeJS.ProcessEnv
  /** The database as the server opens it (the server's role on PostgreSQL). */
  open(): Promise<Database>
  /** As its owner, for what only the owner may do (rebuilding the statistics); the same on PGlite. */
  owner(database: Database): Promise<Database>
}

export interface DrillDatabases extends DrillTarget {
  workDir: string
  fresh(name: string): Promise<DrillTarget>
  cleanup(): Promise<void>
}

export async function drillDatabases(): Promise<DrillDatabases> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'backup-drill-'))
  return testDatabaseKind === 'pglite' ? pgliteDrill(workDir) : postgresDrill(workDir)
}

async function pgliteDrill(workDir: string): Promise<DrillDatabases> {
  const folderTarget = (dataDir: string): DrillTarget => ({
    env: { PGLITE_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    owner: async (database) => database,
  })
  // The run's migrated template, unpacked into a folder of its own as a first start would leave it.
  const source = path.join(workDir, 'source')
  const template = await PGlite.create(source, { loadDataDir: new Blob([await readFile(inject('pgliteTemplate'))]) })
  await template.close()
  return {
    ...folderTarget(source),
    workDir,
    fresh: async (name) => folderTarget(path.join(workDir, name)),
    cleanup: () => rm(workDir, { recursive: true, force: true }),
  }
}

async function postgresDrill(workDir: string): Promise<DrillDatabases> {
  const suffix = randomUUID().slice(0, 8)
  const owner = `drill_owner_${suffix}`
  const app = `drill_app_${suffix}`
  const names: string[] = []
  const roleUrl = (role: string, name: string) =>
    Object.assign(new URL(databaseUrl(name)), { username: role, password: '' }).toString()
  const superuser = new pg.Client({ connectionString: adminUrl() })
  await superuser.connect()
  await superuser.query(`CREATE ROLE ${owner} LOGIN`)
  await superuser.query(`CREATE ROLE ${app} LOGIN`)
  const createDatabase = async (name: string) => {
    const full = `${inject('postgresTemplate')}_${name}_${suffix}`
    names.push(full)
    await superuser.query(`CREATE DATABASE "${full}" OWNER ${owner}`)
    const target: DrillTarget = {
      env: { MIGRATION_DATABASE_URL: roleUrl(owner, full), DATABASE_URL: roleUrl(app, full) },
      open: () => openDatabase({ url: roleUrl(app, full) }),
      owner: () => openDatabase({ url: roleUrl(owner, full) }),
    }
    return { full, target }
  }
  // The README's set-up, then the migrations as the owner.
  const { full, target } = await createDatabase('drill')
  await grantRowsToServerRole(full, owner, app)
  const ownerDatabase = await openDatabase({ url: target.env.MIGRATION_DATABASE_URL })
  await migrateAsOwner(ownerDatabase, {})
  await ownerDatabase.close()
  return {
    ...target,
    workDir,
    // A new database owned by the owner role and nothing else: the restore brings the grants.
    fresh: async (name) => (await createDatabase(name)).target,
    async cleanup() {
      for (const name of names) await superuser.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await superuser.query(`DROP ROLE IF EXISTS ${app}`)
      await superuser.query(`DROP ROLE IF EXISTS ${owner}`)
      await superuser.end()
      await rm(workDir, { recursive: true, force: true })
    },
  }
}

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url))

/** `pnpm db:<command>` as an administrator types it: its own process, the server's settings. */
export function runDatabaseCommand(env: NodeJS.ProcessEnv, args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['../node_modules/tsx/dist/cli.mjs', 'src/db/cli.ts', ...args], {
      cwd: serverDir,
      env: { ...withoutDatabaseSettings(process.env), ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8')
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
    })
    child.once('close', (status) => resolve({ status, stdout, stderr }))
  })
}

function withoutDatabaseSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, MIGRATION_DATABASE_URL: _owner, PGLITE_DIR: _dir, ...rest } = env
  return rest
}
