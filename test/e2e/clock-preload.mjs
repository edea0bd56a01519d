// Loaded into the end-to-end server (NODE_OPTIONS=--import) when a test run sets TEST_CLOCK: the server's
// clock starts where the test process's was when it started the server (see harness.ts), and runs on.
import { shiftDate } from '../support/shifted-date.mjs'

const time = Date.parse(process.env.TEST_CLOCK ?? '')
if (!Number.isNaN(time)) shiftDate(time)
