// Starting the product on a database it cannot use must fail loudly, saying what to do.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { freePort } from '../e2e/harness.ts'

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

  it('listens on this computer only unless HOST says otherwise, and says how to open it to the network', async () => {
    const port = await freePort()
    const folder = await mkdtemp(path.join(tmpdir(), 'talent-startup-'))
    const { HOST: _host, DATABASE_URL: _url, ...env } = process.env
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
      cwd: path.join(root, 'server'),
      env: {
        ...env,
        PORT: String(port),
        PGLITE_DIR: path.join(folder, 'pglite'),
        CLIENT_DIR: folder,
        ESCALATION_MINUTES: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      await expect.poll(() => output, { timeout: 170_000, interval: 250 }).toContain('ready on')
      expect(output).toContain(`ready on http://localhost:${port}`)
      // The advice is a log line of its own, written just after the ready line: it may arrive a moment later.
      await expect.poll(() => output, { timeout: 10_000, interval: 100 }).toContain('HOST=0.0.0.0')
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
      // Another address of this machine, as a phone on the network would use: nothing listens there.
      const lan = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && !address.internal && address.family === 'IPv4')
      if (lan) await expect(fetch(`http://${lan.address}:${port}/healthz`)).rejects.toThrow()
    } finally {
      child.kill('SIGTERM')
      await exited
      await rm(folder, { recursive: true, force: true })
    }
  }, 180_000)
})
