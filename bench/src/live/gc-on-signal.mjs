// Loaded into the bench's server processes (with --expose-gc): SIGUSR2 runs a full garbage collection and
// writes the process's memory figures to BENCH_LIVE_MEMORY_DIR/<pid>.json, so that the bench reads what is
// still held once the garbage is gone, not whatever V8 last left behind.
import { writeFileSync } from 'node:fs'
import path from 'node:path'

process.on('SIGUSR2', () => {
  globalThis.gc?.()
  const directory = process.env.BENCH_LIVE_MEMORY_DIR
  if (directory) writeFileSync(path.join(directory, `${process.pid}.json`), JSON.stringify(process.memoryUsage()))
})
