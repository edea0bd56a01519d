// How a benchmark run ends, whatever ends it (done, failed, Ctrl-C): its children stopped and its database dropped.
import type { BenchDatabase } from './database.ts'
import { say } from './timing.ts'

/** Drops the run's database, saying so; a failure to drop is reported, not thrown over the run's own error. */
export async function dropBenchDatabase(database: BenchDatabase): Promise<void> {
  const { name } = database
  await database
    .drop()
    .then(() => say(`dropped database ${name}`))
    .catch((error: unknown) => console.error(`could not drop ${name}: ${String(error)}`))
}

/** Runs `main`, then `cleanUp` — also on Ctrl-C, which then exits 130. */
export function runBench(main: () => Promise<void>, cleanUp: () => Promise<void>): void {
  process.on('SIGINT', () => {
    void cleanUp().finally(() => process.exit(130))
  })
  main()
    .catch((error: unknown) => {
      console.error(error)
      process.exitCode = 1
    })
    .finally(() => cleanUp())
}
