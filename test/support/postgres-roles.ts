// The README's "PostgreSQL with a server that does not own its tables", with a test run's own names: the owner
// role that migrates, the server's role that only reads and writes rows, and the database the owner owns.
import pg from 'pg'
import { databaseUrl } from './postgres-url.ts'

/** Creates both roles and the database, as a superuser (`superuser` is connected to any database). */
export async function createOwnedDatabase(superuser: pg.Client, name: string, owner: string, app: string) {
  await superuser.query(`CREATE ROLE ${owner} LOGIN`)
  await superuser.query(`CREATE ROLE ${app} LOGIN`)
  await superuser.query(`CREATE DATABASE "${name}" OWNER ${owner}`)
  await grantRowsToServerRole(name, owner, app)
}

/** Every table and sequence the owner creates later is readable and writable, row by row, by the server's role. */
export async function grantRowsToServerRole(name: string, owner: string, app: string) {
  const inDatabase = new pg.Client({ connectionString: databaseUrl(name) })
  await inDatabase.connect()
  try {
    await inDatabase.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    )
    await inDatabase.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT USAGE, SELECT ON SEQUENCES TO ${app}`)
  } finally {
    await inDatabase.end()
  }
}
