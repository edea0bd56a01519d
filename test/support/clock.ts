// The tests' clock. Only Date is faked: faked timers would stall PGlite and the database drivers, which
// wait on real ones. It runs on from the time it is set to, as a real clock does.
import { vi } from 'vitest'

/** The run's clock: TEST_CLOCK (`pnpm test:dates` sets it to awkward days), or the real one. */
export const runClock = process.env.TEST_CLOCK

export function setClock(time: string | number | Date): void {
  const now = new Date(time).getTime()
  if (Number.isNaN(now)) throw new Error(`${String(time)} is not a time (use e.g. 2028-02-29T10:00:00+08:00)`)
  vi.useFakeTimers({ toFake: ['Date'], now, shouldAdvanceTime: true })
}

/** Back to the run's clock after a test set its own. */
export function resetClock(): void {
  vi.useRealTimers()
  if (runClock) setClock(runClock)
}
