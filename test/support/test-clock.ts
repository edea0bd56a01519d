// Setup file of every suite: TEST_CLOCK=<ISO time with offset> runs the suite as if it were then, the clock
// running on from there (`pnpm test:dates` runs the date-sensitive suites on awkward days in county time).
import { runClock, setClock } from './clock.ts'

if (runClock) setClock(runClock)
