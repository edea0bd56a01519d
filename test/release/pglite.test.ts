// The release archive, unpacked and started with no network, on the embedded database it defaults to.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { expectProductWorks, folderName, probe, unpack } from './installed.ts'

const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

it('runs on the embedded database, kept beside the release folder, with the demo county', async () => {
  const folder = await unpack(cleanups)
  const report = probe(folder, { env: { ESCALATION_MINUTES: '0' }, before: [], after: [['audit-verify']], port: 4100 })
  expectProductWorks(report)
  expect(report.log).toContain(`embedded PGlite in ${path.join(folder, 'data/pglite')}`)
  expect(report.log).toContain('Demo county loaded')
  // An upgrade replaces talent-pipeline-<version>/: the data is not in it.
  expect(existsSync(path.join(folder, 'data/pglite/PG_VERSION'))).toBe(true)
  expect(await readdir(path.join(folder, folderName))).not.toContain('data')
})
