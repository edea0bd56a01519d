// Starting the product on a database it cannot use must fail loudly, saying what to do.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

function startServer(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
    cwd: path.join(root, 'server'),
    env: { ...process.env, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('starting the server', () => {
  it('stops with advice and a non-zero exit when PostgreSQL cannot be reached', () => {
    const result = startServer({ DATABASE_URL: 'postgresql://postgres:secret@127.0.0.1:1/talent' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('Cannot reach PostgreSQL at postgresql://postgres:***@127.0.0.1:1/talent')
    expect(result.stderr).toContain('unset DATABASE_URL to use the embedded database')
    expect(result.stderr).not.toContain('secret')
  })

  it('stops with advice and a non-zero exit when the data folder is unusable', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'talent-startup-'))
    const notAFolder = path.join(folder, 'file')
    await writeFile(notAFolder, 'this is a file, not a folder')
    try {
      const result = startServer({ PGLITE_DIR: path.join(notAFolder, 'pglite') })
      expect(result.status).not.toBe(0)
      expect(result.stderr).toContain(`Cannot use the data folder ${path.join(notAFolder, 'pglite')}`)
      expect(result.stderr).toContain('PGLITE_DIR')
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
