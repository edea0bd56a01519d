// pnpm db:migrate | db:migration <name> | db:seed — on the embedded database unless DATABASE_URL is set.
import { openDatabase, migrate, DatabaseOpenError } from './open.ts'
import { writeMigration } from './schema-engine.ts'
import { defaultPgliteDir } from './paths.ts'
import { seedDemoCounty } from '../../../prisma/seed/demo-county.ts'

const [command, name] = process.argv.slice(2)

async function withDatabase<T>(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DIR ?? defaultPgliteDir })
  try {
    return await work(database)
  } finally {
    await database.close()
  }
}

async function run() {
  switch (command) {
    case 'migrate': {
      const applied = await withDatabase(migrate)
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.')
      return
    }
    case 'migration': {
      if (!name) throw new Error('Usage: pnpm db:migration <name>')
      const folder = await writeMigration(name)
      console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql` : 'schema.prisma matches the migrations: nothing to write.')
      return
    }
    case 'seed': {
      const result = await withDatabase(async (database) => {
        await migrate(database)
        return seedDemoCounty(database.prisma)
      })
      console.log(result.seeded ? 'Demo county loaded.' : 'The demo county is already there: nothing changed.')
      if (result.keptLogins.length) console.log(`Accounts that were already there keep their own passwords: ${result.keptLogins.join(', ')}`)
      if (!result.accounts.length) return console.log('No demo account signs in with the demo password.')
      console.log('Demo accounts:')
      console.table(result.accounts.map(({ login, password, role, unitName }) => ({ login, password, role, unit: unitName })))
      return
    }
    default:
      throw new Error('Usage: cli.ts migrate | migration <name> | seed')
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof DatabaseOpenError ? `✖ ${error.message}` : error)
  process.exit(1)
})
