// pnpm db:migrate | db:migration <name> | db:seed | db:audit-verify [--expect-head seq:hash] | db:backup [--out dir]
// | db:restore <file> [--force] — on the embedded database unless DATABASE_URL is set; migrations, backups and
// restores as MIGRATION_DATABASE_URL's role when that is set.
import { parseArgs } from 'node:util'
import { openDatabase, DatabaseOpenError } from './open.ts'
import { migrateAsOwner, BootstrapError } from './bootstrap.ts'
import { writeMigration } from './schema-engine.ts'
import { defaultPgliteDir } from './paths.ts'
import { seedDemoCounty } from '../../../prisma/seed/demo-county.ts'
import { verifyAuditChain } from '../write/audit-chain.ts'
import { parseChainHead } from '../domain/audit-chain.ts'
import { backupDatabase, restoreDatabase, BackupError } from './backup/backup.ts'
import { FolderHeldError } from './backup/folder-hold.ts'
import { PostgresToolError } from './backup/postgres-dump.ts'

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
    case 'backup': {
      const { values } = parseArgs({ args: process.argv.slice(3), options: { out: { type: 'string' } } })
      const backup = await backupDatabase(process.env, { outDir: values.out })
      console.log(`Backup written: ${backup.file} (${backup.bytes} bytes, read by ${backup.takenBy})`)
      return
    }
    case 'restore': {
      const { values, positionals } = parseArgs({
        args: process.argv.slice(3),
        options: { force: { type: 'boolean' } },
        allowPositionals: true,
      })
      if (positionals.length !== 1) throw new BackupError('Usage: pnpm db:restore <backup file> [--force]')
      const restored = await restoreDatabase(process.env, positionals[0] as string, { replace: values.force })
      if (restored.movedAside) console.log(`The database that was there is now in ${restored.movedAside}`)
      console.log(`Restored into ${restored.target}. Start the server on it: it applies any newer migrations.`)
      return
    }
    default:
      throw new Error(
        'Usage: cli.ts migrate | migration <name> | seed | audit-verify [--expect-head seq:hash] | ' +
          'backup [--out dir] | restore <file> [--force]',
      )
  }
}

run().catch((error: unknown) => {
  const explained = [DatabaseOpenError, BootstrapError, BackupError, FolderHeldError, PostgresToolError]
  console.error(explained.some((kind) => error instanceof kind) ? `✖ ${(error as Error).message}` : error)
  process.exit(1)
})
