// `pnpm bench [which]` (the root's script passes its arguments on): no argument runs the projects list then the
// dashboard, as before; `load` runs the working-day load (src/load/run.ts); `live` the live screens' streams
// (src/live/run.ts); `statistics` the dashboard alone.
// Each bench runs in its own Node process, one after the other; the first that fails stops the rest.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { benchDir } from './settings.ts'

const benches: Record<string, string[]> = {
  default: ['src/run.ts', 'src/statistics/run.ts'],
  load: ['src/load/run.ts'],
  live: ['src/live/run.ts'],
  statistics: ['src/statistics/run.ts'],
}
const which = process.argv[2] ?? 'default'
const files = benches[which]
if (!files) {
  console.error(`Unknown bench ${which}: use one of ${Object.keys(benches).join(', ')} (or no argument).`)
  process.exit(2)
}
for (const file of files) {
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file)], {
    cwd: benchDir,
    stdio: 'inherit',
  })
  if (status !== 0) process.exit(status ?? 1)
}
