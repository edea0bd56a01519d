// Loads the demo county once per run: the server migrates and seeds an empty embedded database, stops, and each
// e2e file's server starts on a copy of that folder (harness.ts), which saves every file the seeding.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureClientBuilt, startServer } from './harness.ts'

export default async function setup(project: TestProject) {
  if (process.env.E2E_SERVER_URL) return
  // Built here once, before files run side by side, rather than by the first few of them at the same time.
  ensureClientBuilt()
  const folder = await mkdtemp(path.join(tmpdir(), 'talent-e2e-demo-'))
  // Under TEST_CLOCK the county is loaded at that moment (this process's Date is not the faked one).
  const clock = process.env.TEST_CLOCK ? new Date(process.env.TEST_CLOCK) : undefined
  const server = await startServer({ dataDir: folder, ...(clock ? { clock } : {}) })
  await server.stop()
  project.provide('e2eDemoDatabase', folder)
  return () => rm(folder, { recursive: true, force: true })
}
