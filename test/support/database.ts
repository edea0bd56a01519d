// A fresh database for one test file, copied from the run's migrated template.
import { readFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { inject } from 'vitest'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { openDatabase, type Database } from '../../server/src/db/open.ts'
import { adminUrl, databaseUrl } from './postgres-url.ts'

export const testDatabaseKind = process.env.TEST_DB === 'postgres' ? 'postgresql' : 'pglite'

/**
 * Statements a signed-in request spends on its session: PostgreSQL, which several server processes may share,
 * reads it at every request; the embedded database's one process remembers it (server/src/auth/session.ts).
 */
export const sessionStatements = testDatabaseKind === 'postgresql' ? 1 : 0

export interface TestDatabase extends Database {
  /** SQL statements sent since the last reset, for N+1 guards. */
  queries: string[]
  /** PostgreSQL only: the database's URL, for a second pool on it (another server process's, as tests play it). */
  url?: string
}

export async function openTestDatabase(options: { statementTimeoutMs?: number } = {}): Promise<TestDatabase> {
  const queries: string[] = []
  const log = (event: { query: string }) => queries.push(event.query)
  if (testDatabaseKind === 'postgresql') {
    const name = `${inject('postgresTemplate')}_${randomUUID().slice(0, 8)}`
    const admin = new pg.Client({ connectionString: adminUrl() })
    await admin.connect()
    await copyTemplate(admin, name, inject('postgresTemplate'))
    const url = databaseUrl(name)
    const database = await openDatabase({ url, log, ...options })
    return {
      ...database,
      queries,
      url,
      async close() {
        await database.close()
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await admin.end()
      },
    }
  }
  const dump = await readFile(inject('pgliteTemplate'))
  const pglite = new PGlite({ loadDataDir: new Blob([dump]) })
  const database = await openDatabase({ pglite, log })
  return {
    ...database,
    queries,
    async close() {
      await database.close()
      await pglite.close()
    },
  }
}

// PostgreSQL copies a template only while no other session uses it, and a parallel test file's copy
// counts as one: wait for it (55006 object_in_use) rather than fail.
async function copyTemplate(admin: pg.Client, name: string, template: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
      return
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200))
    }
  }
}
