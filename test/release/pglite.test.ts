// The release archive, unpacked and started with no network, on the embedded database it defaults to.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { expectBackupRestored, expectProductWorks, folderName, probe, unpack } from './installed.ts'

const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

const title = 'runs on the embedded database, kept beside the release folder, with the demo county; its backup restores'
it(title, async () => {
  const folder = await unpack(cleanups)
  const copyDir = path.join(folder, 'copy/pglite')
  const report = probe(folder, {
    env: { ESCALATION_MINUTES: '0' },
    before: [],
    after: [['audit-verify']],
    port: 4100,
    backup: { out: path.join(folder, 'backups'), env: { PGLITE_DIR: copyDir }, port: 4102 },
  })
  expectProductWorks(report)
  expect(report.log).toContain(`embedded PGlite in ${path.join(folder, 'data/pglite')}`)
  expect(report.log).toContain('Demo county loaded')
  // An upgrade replaces talent-pipeline-<version>/: the data is not in it.
  expect(existsSync(path.join(folder, 'data/pglite/PG_VERSION'))).toBe(true)
  expect(await readdir(path.join(folder, folderName))).not.toContain('data')

  // The running server holds its folder: the command asks it for the copy through <PGLITE_DIR>.sock.
  expect(report.backup?.output).toContain('read by running server')
  expectBackupRestored(report, /^talent-pglite-\d{8}T\d{6}Z\.tar\.gz$/)
  expect(report.copy?.log).toContain(`embedded PGlite in ${copyDir}`)
  // The copy is the county's database, not an empty folder the server would fill with the demo county.
  expect(report.copy?.log).not.toContain('Demo county loaded')
})
