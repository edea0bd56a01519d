// Prepares one migrated template database per run; every test file then gets its own copy of it
// (a PGlite data-dir dump, or a PostgreSQL `CREATE DATABASE … TEMPLATE`), so files run in parallel.
import { writeFile, rm, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { openDatabase, migrate } from '../../server/src/db/open.ts'
import { adminUrl, databaseUrl } from './postgres-url.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
    postgresTemplate: string
  }
}

export default async function setup(project: TestProject) {
  if (project.config.env?.TEST_DB === 'postgres') return setupPostgres(project)
  return setupPglite(project)
}

async function setupPglite(project: TestProject) {
  const folder = await mkdtemp(path.join(tmpdir(), 'talent-pglite-'))
  const pglite = new PGlite()
  const database = await openDatabase({ pglite })
  await migrate(database)
  const dump = await pglite.dumpDataDir('none')
  const file = path.join(folder, 'template.tar')
  await writeFile(file, Buffer.from(await dump.arrayBuffer()))
  await database.close()
  await pglite.close()
  project.provide('pgliteTemplate', file)
  return () => rm(folder, { recursive: true, force: true })
}

async function setupPostgres(project: TestProject) {
  const name = `talent_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: adminUrl() })
  try {
    await admin.connect()
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${adminUrl()}: ${(error as Error).message}`)
  }
  await admin.query(`CREATE DATABASE "${name}"`)
  const database = await openDatabase({ url: databaseUrl(name) })
  await migrate(database)
  await database.close()
  project.provide('postgresTemplate', name)
  return async () => {
    const leftovers = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${name}%`,
    ])
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    await admin.end()
  }
}
