// deploy/systemd as a county's IT department installs it. systemd is not PID 1 here, so the units are checked by
// systemd-analyze (syntax, dependencies, exposure), and their commands are run as the units say: the migrations
// unit, then an instance whose port is its name, stopped by SIGTERM during a request that must still finish.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { parseEnv } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withServerNodeFlags } from '../../scripts/server-node-flags.mjs'
import { freePort } from '../e2e/harness.ts'
import { createCountyDatabase, type CountyDatabase } from './county-database.ts'
import { countySettings, runMigrationsUnit, startInstance, systemdDir, type Instance } from './instances.ts'
import { readService } from './unit-file.ts'
import { isMissing, systemdAnalyzePath } from './tools.ts'

const unitFiles = readdirSync(systemdDir).filter((name) => /\.(service|target|timer)$/.test(name))
/** The template as systemd loads it for one instance (the file beside it is the template). */
const loadable = unitFiles.map((name) => path.join(systemdDir, name.replace('@.service', '@4001.service')))
const admin = { login: 'office.admin', password: 'Harbour-Light-2026' }
const loginDocument =
  'mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { login } }'

describe.skipIf(isMissing(systemdAnalyzePath, 'the systemd unit checks (apt-get install systemd)'))(
  'the systemd units, read by systemd-analyze',
  () => {
    it('load without a warning, with every unit they require', () => {
      const verify = spawnSync(systemdAnalyzePath, ['verify', ...loadable], { encoding: 'utf8' })
      expect(verify.stderr + verify.stdout).toBe('')
      expect(verify.status).toBe(0)
    })

    it('keep every service’s exposure at 2.0 or below (systemd-analyze security)', () => {
      for (const file of loadable.filter((name) => name.endsWith('.service'))) {
        const security = spawnSync(systemdAnalyzePath, ['security', '--offline=true', '--threshold=20', file], {
          encoding: 'utf8',
        })
        expect(security.status, `${path.basename(file)}: ${security.stdout.split('\n').at(-2)}`).toBe(0)
      }
    })
  },
)

describe('the instance unit', () => {
  const unit = readService(path.join(systemdDir, 'talent-pipeline@.service'), '4001')

  it('runs as its own user, restarts after a failure, and outwaits the server’s graceful stop', () => {
    expect(unit.settings).toMatchObject({ User: 'talent-pipeline', Restart: 'on-failure', KillSignal: 'SIGTERM' })
    const grace = Number(parseEnv(readFileSync(path.join(systemdDir, 'env.example'), 'utf8')).SHUTDOWN_GRACE_SECONDS)
    // Closing the database and exiting take a moment after the last request: systemd must not kill before that.
    expect(Number.parseInt(unit.settings.TimeoutStopSec ?? '', 10)).toBeGreaterThanOrEqual(grace + 5)
  })

  it('starts node with the server’s flags (scripts/server-node-flags.mjs)', () => {
    const flags = unit.execStart.filter((word) => word.startsWith('--'))
    expect(flags).toEqual(withServerNodeFlags({}).NODE_OPTIONS?.split(' '))
  })
})

describe('talent-pipeline@<port> on a fresh county database', () => {
  let database: CountyDatabase
  let instance: Instance
  let migrationsOutput = ''

  beforeAll(async () => {
    database = await createCountyDatabase('unit')
    const files = countySettings(database, admin)
    migrationsOutput = await runMigrationsUnit(files)
    instance = await startInstance(await freePort(), files)
  }, 300_000)

  afterAll(async () => {
    await instance?.stop()
    await database?.drop()
  })

  it('has its tables made by the migrations unit, and serves on the port it is named after', async () => {
    expect(migrationsOutput).toContain('Applied: ')
    const response = await fetch(`${instance.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: loginDocument, variables: admin }),
    })
    // The first administrator, created from ADMIN_LOGIN / ADMIN_PASSWORD by the server, signs in.
    expect(await response.json()).toEqual({ data: { login: { login: admin.login } } })
  })

  it('finishes a request still arriving when SIGTERM comes, refuses new connections, then exits 0', async () => {
    const body = Buffer.from(JSON.stringify({ query: loginDocument, variables: admin }))
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        `${instance.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (response) => {
          let text = ''
          response.on('data', (chunk) => (text += chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
        },
      )
      request.on('error', reject)
      // Half the request now (a slow upload), the rest once the server is stopping.
      request.write(body.subarray(0, 20))
      const rest = async () => {
        // Stopping: the listener is closed, so a new connection is refused (the running one stays open).
        const refused = () =>
          fetch(`${instance.url}/healthz`).then(
            () => false,
            () => true,
          )
        await expect.poll(refused, { timeout: 30_000, interval: 100 }).toBe(true)
        request.end(body.subarray(20))
      }
      setTimeout(() => {
        instance.run.child.kill('SIGTERM')
        rest().catch(reject)
      }, 500)
    })
    expect(await answer).toEqual({ status: 200, text: JSON.stringify({ data: { login: { login: admin.login } } }) })
    expect(await instance.run.exited).toBe(0)
  }, 60_000)
})
