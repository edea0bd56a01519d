// Builds the release archive once per run, as `pnpm release` does, into a temporary folder; each test unpacks
// its own copy. The PWA is built (when stale) by the same step the browser suite uses, so the two never race.
import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureClientBuilt } from '../e2e/harness.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    releaseArchive: string
  }
}

const repo = path.resolve(import.meta.dirname, '../..')

export default async function setup(project: TestProject) {
  ensureClientBuilt()
  const folder = await mkdtemp(path.join(tmpdir(), 'talent-release-build-'))
  const build = spawnSync(process.execPath, ['scripts/release.mjs', '--reuse-client', '--out', folder], {
    cwd: repo,
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`pnpm release failed:\n${build.stdout}\n${build.stderr}`)
  const archives = (await readdir(folder)).filter((name) => name.endsWith('.tar.gz'))
  if (archives.length !== 1) throw new Error(`pnpm release left ${archives.join(', ') || 'no archive'} in ${folder}`)
  project.provide('releaseArchive', path.join(folder, archives[0] as string))
  return () => rm(folder, { recursive: true, force: true })
}
