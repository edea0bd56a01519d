// The bench's PostgreSQL database: made for one run (talent_bench_<timestamp>), migrated with the project's
// own migrations (server/src/db/open.ts), seeded set-based, and dropped at the end.
import pg from 'pg'
import { openDatabase, migrate } from '../../server/src/db/open.ts'
import { seedSql, type SeedSize } from './seed.ts'

export const adminUrl = () => process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

export interface BenchDatabase {
  name: string
  url: string
  postgresVersion: string
  migrations: string[]
  drop(): Promise<void>
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `talent_bench_${Date.now()}`
  const url = new URL(adminUrl())
  url.pathname = `/${name}`
  const admin = new pg.Client({ connectionString: adminUrl() })
  await admin.connect()
  const postgresVersion = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version
  await admin.query(`CREATE DATABASE "${name}"`)
  let dropped = false
  const drop = async () => {
    if (dropped) return
    dropped = true
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  }
  try {
    const database = await openDatabase({ url: url.toString() })
    const migrations = await migrate(database)
    await database.close()
    return { name, url: url.toString(), postgresVersion, migrations, drop }
  } catch (error) {
    await drop().catch(() => {})
    throw error
  }
}

export interface SeedCounts {
  projects: string
  activities: string
  talents: string
  users: string
  units: string
}

/** Seeds, VACUUM ANALYZE; returns the row counts. */
export async function seedPostgres(url: string, passwordHash: string, size: SeedSize): Promise<SeedCounts> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(seedSql(passwordHash, size))
    await client.query('VACUUM ANALYZE')
    return (
      await client.query<SeedCounts>(
        `SELECT (SELECT count(*) FROM "Project") projects, (SELECT count(*) FROM "Activity") activities,
                (SELECT count(*) FROM "Talent") talents, (SELECT count(*) FROM "User") users,
                  (SELECT count(*) FROM "Unit") units`,
      )
    ).rows[0]!
  } finally {
    await client.end()
  }
}
