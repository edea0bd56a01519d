// pnpm db:backup and pnpm db:restore (docs/backup.md). PostgreSQL: pg_dump's custom format and pg_restore,
// as MIGRATION_DATABASE_URL's role when set (the owner), else DATABASE_URL's. Embedded database: a snapshot
// of its folder, taken by the running server when there is one (asked through the folder's socket), else by
// this process, which then holds the folder itself while it reads it.
import { mkdir, open, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { defaultPgliteDir, repoRoot } from '../paths.ts'
import { openDatabase } from '../open.ts'
import { holdFolder, requestSnapshot } from './folder-hold.ts'
import { isPgliteSnapshot, snapshotPglite } from './pglite-snapshot.ts'
import { countPostgresRelations, dumpPostgres, restorePostgres } from './postgres-dump.ts'

export class BackupError extends Error {}

type Env = NodeJS.ProcessEnv
export interface BackupResult {
  file: string
  bytes: number
  /** Who read the database: the running server (embedded only), or this process. */
  takenBy: 'running server' | 'this process'
}

/** Paths on the command line are the caller's, not the package folder pnpm runs the script in. */
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
const pgliteDir = (env: Env) => fromCaller(env.PGLITE_DIR ?? defaultPgliteDir)

export async function backupDatabase(env: Env, options: { outDir?: string; now?: Date } = {}): Promise<BackupResult> {
  const outDir = fromCaller(options.outDir ?? env.BACKUP_DIR ?? path.join(repoRoot, 'backups'))
  await mkdir(outDir, { recursive: true })
  const url = env.MIGRATION_DATABASE_URL || env.DATABASE_URL
  const kind = url ? 'postgresql' : 'pglite'
  const file = path.join(outDir, `talent-${kind}-${stamp(options.now ?? new Date())}.${url ? 'dump' : 'tar.gz'}`)
  // Written under another name and renamed when whole: a file named like a backup is a complete one.
  const partial = `${file}.partial`
  let takenBy: BackupResult['takenBy'] = 'this process'
  if (url) {
    await dumpPostgres(url, partial)
  } else {
    const dataDir = pgliteDir(env)
    let snapshot = await requestSnapshot(dataDir)
    if (snapshot) takenBy = 'running server'
    else snapshot = await snapshotClosedFolder(dataDir)
    await writeFile(partial, snapshot)
  }
  await rename(partial, file)
  return { file, bytes: (await stat(file)).size, takenBy }
}

async function snapshotClosedFolder(dataDir: string): Promise<Buffer> {
  if (await isEmptyFolder(dataDir)) throw new BackupError(`There is no embedded database in ${dataDir} to back up.`)
  const database = await openDatabase({ dataDir })
  try {
    return await snapshotPglite(database.pglite as PGlite)
  } finally {
    await database.close()
  }
}

export interface RestoreResult {
  target: string
  /** Where the embedded database that was there went (restore --force never deletes one). */
  movedAside: string | null
}

export async function restoreDatabase(
  env: Env,
  backupFile: string,
  options: { replace?: boolean; now?: Date } = {},
): Promise<RestoreResult> {
  const file = fromCaller(backupFile)
  const head = await readHead(file)
  const isSnapshot = isPgliteSnapshot(head)
  if (!isSnapshot && head.toString('latin1') !== 'PGDMP') {
    throw new BackupError(`${file} is not a backup made by pnpm db:backup.`)
  }
  const url = env.MIGRATION_DATABASE_URL || env.DATABASE_URL
  if (url && isSnapshot) {
    throw new BackupError(`${file} is a backup of an embedded database: unset DATABASE_URL to restore it there.`)
  }
  if (!url && !isSnapshot) {
    throw new BackupError(`${file} is a PostgreSQL backup: set DATABASE_URL to the database to restore it into.`)
  }
  if (url) {
    const relations = await countPostgresRelations(url)
    if (relations > 0 && !options.replace) {
      throw new BackupError(
        `The target database is not empty (${relations} tables and sequences). Restore into a new database, or ` +
          'pass --force to replace what is there with the backup.',
      )
    }
    await restorePostgres(url, file, relations > 0)
    return { target: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'), movedAside: null }
  }
  return restoreSnapshot(pgliteDir(env), file, options)
}

async function restoreSnapshot(dataDir: string, file: string, options: { replace?: boolean; now?: Date }) {
  let movedAside: string | null = null
  if (!(await isEmptyFolder(dataDir))) {
    if (!options.replace) {
      throw new BackupError(
        `${dataDir} already holds a database. Restore into an empty folder (PGLITE_DIR), or pass --force to ` +
          'move the one there aside and restore in its place.',
      )
    }
    movedAside = `${dataDir}.before-restore-${stamp(options.now ?? new Date())}`
    // Claimed first, so that a running server is not moved from under itself.
    const hold = await holdFolder(dataDir)
    await hold.release()
    await rename(dataDir, movedAside)
  }
  await mkdir(dataDir, { recursive: true })
  const hold = await holdFolder(dataDir)
  try {
    const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([await readFile(file)]) })
    await pglite.close()
  } finally {
    await hold.release()
  }
  return { target: dataDir, movedAside }
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch((error: Error) => {
    throw new BackupError(`Cannot read ${file}: ${error.message}`)
  })
  try {
    const head = Buffer.alloc(5)
    await handle.read(head, 0, 5, 0)
    return head
  } finally {
    await handle.close()
  }
}

async function isEmptyFolder(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => [])
  return entries.length === 0
}
