// A fresh, empty PostgreSQL database set up as the README's "PostgreSQL with a server that does not own its
// tables" says: one role owns it and runs the migrations, the servers connect as another.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { createOwnedDatabase } from '../support/postgres-roles.ts'
import { adminUrl, databaseUrl } from '../support/postgres-url.ts'

export interface CountyDatabase {
  /** The tables' owner: MIGRATION_DATABASE_URL (migrate.env). */
  ownerUrl: string
  /** The servers' own role: DATABASE_URL (env). */
  appUrl: string
  drop: () => Promise<void>
}

export async function createCountyDatabase(label: string): Promise<CountyDatabase> {
  const suffix = `${label}_${randomUUID().slice(0, 8)}`
  const owner = `talent_owner_${suffix}`
  const app = `talent_app_${suffix}`
  const name = `talent_deploy_${suffix}`
  const roleUrl = (role: string) => Object.assign(new URL(databaseUrl(name)), { username: role }).toString()
  const superuser = new pg.Client({ connectionString: adminUrl() })
  await superuser.connect()
  await createOwnedDatabase(superuser, name, owner, app)
  return {
    ownerUrl: roleUrl(owner),
    appUrl: roleUrl(app),
    async drop() {
      await superuser.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await superuser.query(`DROP ROLE IF EXISTS ${app}`)
      await superuser.query(`DROP ROLE IF EXISTS ${owner}`)
      await superuser.end()
    },
  }
}
