#!/usr/bin/env node
// `pnpm test:dates`: the date-sensitive suites once per awkward moment in county time (Asia/Shanghai), each
// run with TEST_CLOCK set (test/support/test-clock.ts fakes the tests' Date; the e2e harness starts the
// server and the phone at the same time). The server suite runs on PGlite here, whose SQL clock follows the
// faked one; `npm test` runs it on PostgreSQL. Extra arguments go to vitest (e.g. one file).
// TEST_DATES=2028-02-29T10:00:00+08:00,… replaces the list of moments.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const awkwardMoments = [
  ['a Saturday morning', '2026-12-05T09:30:00+08:00'],
  ['late on a Sunday', '2026-12-06T23:30:00+08:00'],
  ['New Year’s Eve, half an hour before midnight', '2026-12-31T23:30:00+08:00'],
  ['the eve of the Spring Festival (除夕 2027)', '2027-02-05T20:00:00+08:00'],
  ['29 February', '2028-02-29T10:00:00+08:00'],
]

/** Suites whose outcome depends on the day: windows, deadlines, lights, years, quarters, months, ages. */
export const dateSensitiveFiles = [
  'test/domain/',
  'test/client/',
  'test/server/bootstrap.test.ts',
  'test/server/follow-up.test.ts',
  'test/server/staff-documents.test.ts',
  'test/server/support-request-lifecycle.test.ts',
  'test/server/support-request-rejection-and-replay.test.ts',
  'test/server/support-request-overdue-and-list.test.ts',
  'test/server/settings.test.ts',
  'test/server/referrer-answer.test.ts',
  'test/server/working-calendar.test.ts',
  'test/server/statistics-figures.test.ts',
  'test/server/statistics-access.test.ts',
  'test/server/statistics-rollups-graphql.test.ts',
  'test/server/statistics-rollups-tables.test.ts',
  'test/server/report.test.ts',
  'test/server/assessment.test.ts',
  'test/server/assessment-targets-sheet.test.ts',
  'test/server/program-application-life.test.ts',
  'test/server/program-application-create.test.ts',
  'test/server/program-success-rates.test.ts',
  'test/server/service-event.test.ts',
  'test/server/ledger-export.test.ts',
  'test/server/ledger-import-',
  'test/server/permissions.test.ts',
  // Notices: due days, the digest's working days, and quiet hours (22:00–07:30 by default) that hold a send.
  'test/server/notice-',
  'test/server/digest.test.ts',
  'test/e2e/staff.test.ts',
  'test/e2e/staff-home.test.ts',
  'test/e2e/leader.test.ts',
  'test/e2e/manager.test.ts',
]

const moments = process.env.TEST_DATES ? process.env.TEST_DATES.split(',').map((time) => [time, time]) : awkwardMoments
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const withBrowser = existsSync(chromium)
const extra = process.argv.slice(2)
const projects = ['domain', 'client', 'server:pglite', ...(withBrowser ? ['e2e'] : [])].flatMap((name) => [
  '--project',
  name,
])
if (!withBrowser) console.log(`⚠ No Chromium at ${chromium}: the browser suite is left out.`)

const failed = []
for (const [label, time] of moments) {
  console.log(`\n=== TEST_CLOCK=${time} (${label})`)
  const env = {
    ...process.env,
    TEST_CLOCK: time,
    TEST_POSTGRES: '0',
    ...(withBrowser ? { TEST_E2E: '1', CHROMIUM_PATH: chromium } : {}),
  }
  const result = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', ...projects, ...(extra.length ? extra : dateSensitiveFiles)],
    { cwd: root, stdio: 'inherit', env },
  )
  if (result.status !== 0) failed.push(`${time} (${label})`)
}
console.log(
  failed.length
    ? `\n✖ Failed at: ${failed.join('; ')}`
    : `\n✓ Every date-sensitive suite passed at all ${moments.length} moments.`,
)
process.exit(failed.length ? 1 : 0)
