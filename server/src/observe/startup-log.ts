// What the server says as it starts. At a terminal, sentences and a table for the person who typed the
// command; anywhere else (systemd's journal, a container's log) JSON lines like every other line of the log,
// so one parser reads them all. The demo password is in the README and is not written into the log.
import type { DemoAccount } from '../../../prisma/seed/demo-county.ts'
import type { Logger } from '../errors/request-log.ts'

export interface StartupReport {
  url: string
  /** The database in words: `embedded PGlite in ./data/pglite`, `PostgreSQL postgresql://talent:***@…`. */
  database: string
  startMs: number
  localOnly: boolean
  appliedMigrations: string[]
  createdAdmin: string | null
  demoAccounts: DemoAccount[] | null
}

const localOnlyAdvice = 'Only this computer can reach it; HOST=0.0.0.0 serves the network (phones).'

export function reportStart(logger: Logger, report: StartupReport, terminal = Boolean(process.stdout.isTTY)): void {
  const ready = `人才项目全周期 ready on ${report.url} (${report.database}, ${report.startMs} ms)`
  const demo = report.demoAccounts?.map(({ login, password, role, unitName, name }) => ({
    login,
    password,
    role,
    unit: unitName,
    name,
  }))
  if (terminal) {
    console.log(ready)
    if (report.localOnly) console.log(localOnlyAdvice)
    if (report.appliedMigrations.length) console.log(`Applied migrations: ${report.appliedMigrations.join(', ')}`)
    if (report.createdAdmin) console.log(`Created the first administrator: ${report.createdAdmin}`)
    if (demo) {
      console.log('Demo county loaded. Demo accounts (演示账号):')
      console.table(demo)
    }
    return
  }
  logger.info({ url: report.url, database: report.database, startMs: report.startMs }, ready)
  if (report.localOnly) logger.info(localOnlyAdvice)
  if (report.appliedMigrations.length)
    logger.info({ migrations: report.appliedMigrations }, `Applied ${report.appliedMigrations.length} migrations`)
  if (report.createdAdmin)
    logger.info({ login: report.createdAdmin }, `Created the first administrator: ${report.createdAdmin}`)
  if (demo)
    logger.info(
      { demoAccounts: demo.map(({ login, role, unit }) => ({ login, role, unit })) },
      'Demo county loaded: its accounts sign in with the demo password (README)',
    )
}
