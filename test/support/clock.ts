// The tests' clock. Only Date moves (see shifted-date.mjs for why not vitest's fake timers); it runs on
// from the time it is set to, as a real clock does.
import { realDate, shiftDate } from './shifted-date.mjs'

/** The run's clock: TEST_CLOCK (`pnpm test:dates` sets it to awkward days), or the real one. */
export const runClock = process.env.TEST_CLOCK

export function setClock(time: string | number | Date): void {
  realDate()
  const now = new Date(time).getTime()
  if (Number.isNaN(now)) throw new Error(`${String(time)} is not a time (use e.g. 2028-02-29T10:00:00+08:00)`)
  shiftDate(now)
}

/** Back to the run's clock after a test set its own. */
export function resetClock(): void {
  realDate()
  if (runClock) setClock(runClock)
}
