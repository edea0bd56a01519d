// pnpm db:migrate | db:migration <name> | db:seed | db:audit-verify [--expect-head seq:hash] — on the embedded
// database unless DATABASE_URL is set; migrations as MIGRATION_DATABASE_URL's role when that is set.
import { parseArgs } from 'node:util'
import { openDatabase, DatabaseOpenError } from './open.ts'
import { migrateAsOwner, BootstrapError } from './bootstrap.ts'
import { writeMigration } from './schema-engine.ts'
import { defaultPgliteDir } from './paths.ts'
import { seedDemoCounty } from '../../../prisma/seed/demo-county.ts'
import { verifyAuditChain } from '../write/audit-chain.ts'
import { parseChainHead } from '../domain/audit-chain.ts'

const [command, name] = process.argv.slice(2)

async function withDatabase<T>(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase({
    url: process.env.DATABASE_URL,
    dataDir: process.env.PGLITE_DIR ?? defaultPgliteDir,
  })
  try {
    return await work(database)
  } finally {
    await database.close()
  }
}

async function run() {
  switch (command) {
    case 'migrate': {
      const applied = await withDatabase((database) => migrateAsOwner(database, process.env))
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.')
      return
    }
    case 'migration': {
      if (!name) throw new Error('Usage: pnpm db:migration <name>')
      const folder = await writeMigration(name)
      console.log(
        folder
          ? `Wrote prisma/migrations/${folder}/migration.sql`
          : 'schema.prisma matches the migrations: nothing to write.',
      )
      return
    }
    case 'seed': {
      const result = await withDatabase(async (database) => {
        await migrateAsOwner(database, process.env)
        return seedDemoCounty(database.prisma)
      })
      console.log(result.seeded ? 'Demo county loaded.' : 'The demo county is already there: nothing changed.')
      if (result.keptLogins.length)
        console.log(`Accounts that were already there keep their own passwords: ${result.keptLogins.join(', ')}`)
      if (!result.accounts.length) return console.log('No demo account signs in with the demo password.')
      console.log('Demo accounts:')
      console.table(
        result.accounts.map(({ login, password, role, unitName }) => ({ login, password, role, unit: unitName })),
      )
      return
    }
    case 'audit-verify': {
      const { values } = parseArgs({ args: process.argv.slice(3), options: { 'expect-head': { type: 'string' } } })
      const expectHead = values['expect-head'] === undefined ? null : parseChainHead(values['expect-head'])
      if (expectHead === null && values['expect-head'] !== undefined) {
        console.error(
          '✖ --expect-head 需要此前输出的链头 / takes the head an earlier run printed: <seq>:<64 hex digits>',
        )
        process.exitCode = 1
        return
      }
      const report = await withDatabase((database) => verifyAuditChain(database.prisma, { expectHead }))
      if (report.intact) {
        console.log(report.message)
        return
      }
      console.error(`✖ ${report.message}`)
      process.exitCode = 1
      return
    }
    default:
      throw new Error('Usage: cli.ts migrate | migration <name> | seed | audit-verify [--expect-head seq:hash]')
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof DatabaseOpenError || error instanceof BootstrapError ? `✖ ${error.message}` : error)
  process.exit(1)
})
