// One vitest run, several suites. The server suite runs once per database (PGlite always; PostgreSQL
// when scripts/run.mjs found one); the browser suite runs when Chromium is there. See scripts/run.mjs.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

// graphql ships CJS and ESM builds without an exports map: Vite would load the ESM one for our code and
// Node the CJS one for Pothos and yoga, two realms that refuse each other's types. Pin the one Node uses.
const graphqlEntry = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql')

// TEST_CLOCK (see the file) sets every suite's clock; `pnpm test:dates` runs the date-sensitive ones on awkward days.
const testClock = 'test/support/test-clock.ts'
const withPostgres = process.env.TEST_POSTGRES === '1'
const withBrowser = process.env.TEST_E2E === '1'
// The release suite builds `pnpm release` and runs it with no network: it needs network namespaces (unshare).
const withRelease = process.env.TEST_RELEASE === '1'
// Vitest's default (one worker fewer than cores) is a single worker on a 2-core machine, and most test time
// is spent waiting on PostgreSQL, Chromium or an e2e server process: more files at once than cores pays.
const testWorkers = Number(process.env.TEST_WORKERS ?? Math.max(3, availableParallelism()))

const serverSuite = (database: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  test: {
    name: `server:${database}`,
    include: ['test/server/**/*.test.ts'],
    environment: 'node',
    env: { TEST_DB: database },
    // Every file opens its own database copy and its module state is the server's, not the test's: sharing
    // the modules between files saves loading Prisma, Pothos and the schema again per file (minutes in CI).
    isolate: false,
    alias: [{ find: /^graphql$/, replacement: graphqlEntry }],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: [testClock],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

const projects: TestProjectInlineConfiguration[] = [
  { test: { name: 'domain', include: ['test/domain/**/*.test.ts'], environment: 'node', setupFiles: [testClock] } },
  serverSuite('pglite'),
]
if (withPostgres) {
  projects.push(serverSuite('postgres'))
  // deploy/ as installed: systemd units and nginx in front of two server processes on one PostgreSQL.
  projects.push({
    test: {
      name: 'deploy',
      include: ['test/deploy/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 300_000,
    },
  })
}
if (withBrowser) {
  projects.push({
    test: {
      name: 'e2e',
      include: ['test/e2e/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['test/e2e/global-setup.ts'],
      setupFiles: [testClock],
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  })
}

if (withRelease) {
  projects.push({
    test: {
      name: 'release',
      include: ['test/release/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['test/release/global-setup.ts'],
      testTimeout: 300_000,
      hookTimeout: 180_000,
    },
  })
}

export default defineConfig({
  test: {
    maxWorkers: testWorkers,
    projects: existsSync('client/vitest.config.ts') ? [...projects, 'client/vitest.config.ts'] : projects,
  },
})
