// End-to-end harness: the built PWA served by the real server (a child process on a free port, a fresh
// embedded database), driven by Debian's Chromium through playwright-core at a phone's size.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext } from 'playwright-core'
import { inject } from 'vitest'
import { dateOffset, shiftDateBy } from '../support/shifted-date.mjs'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const clientDir = path.join(repo, 'client')
const serverDir = path.join(repo, 'server')

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const demoStaff = { login: 'east.staff', password: 'Demo@2026' }

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

/** Builds client/dist when it is missing or older than the client's sources. */
export function ensureClientBuilt(): void {
  const index = path.join(clientDir, 'dist', 'index.html')
  const sources = Math.max(
    newestMtime(path.join(clientDir, 'src')),
    newestMtime(path.join(clientDir, 'public')),
    statSync(path.join(clientDir, 'vite.config.ts')).mtimeMs,
  )
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return
  // vitest sets NODE_ENV=test, and libraries drop code on it (graphcache does not persist in tests): build as
  // production.
  const env = { ...process.env, NODE_ENV: 'production' }
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    cwd: clientDir,
    encoding: 'utf8',
    env,
  })
  if (build.status !== 0) throw new Error(`Building the client failed:\n${build.stdout}\n${build.stderr}`)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * Under TEST_CLOCK the test process's Date is faked (test/support/test-clock.ts): the server starts at its time.
 * A test that needs the server elsewhere in time names the moment (`clock`), and the server starts there.
 */
function serverClock(env: NodeJS.ProcessEnv, clock?: Date): NodeJS.ProcessEnv {
  if (!env.TEST_CLOCK && !clock) return {}
  const preload = new URL('./clock-preload.mjs', import.meta.url).href
  return {
    TEST_CLOCK: (clock ?? new Date()).toISOString(),
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(),
  }
}

export interface RunningServer {
  url: string
  output: () => string
  /** Stops the server and deletes its database folder, unless the test gave the folder. */
  stop: () => Promise<void>
}

/**
 * Starts server/src/main.ts by the real binary (so the PID is the server's), on a fresh embedded database.
 * E2E_SERVER_URL points the tests at a server already running instead (for debugging; nothing is reset).
 * `clientDir` serves another copy of the built client (a test that deploys a new version changes its copy).
 * `dataDir` keeps the database in a folder the test owns (left in place at stop), so that a second server
 * starts on the first one's data, e.g. at a later `clock`; `env` adds to the server's environment.
 */
export interface ServerOptions {
  clientDir?: string
  dataDir?: string
  clock?: Date
  /** A PostgreSQL database instead of the embedded one (then ADMIN_LOGIN/ADMIN_PASSWORD in `env`). */
  databaseUrl?: string
  env?: Record<string, string>
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoDatabase: string
  }
}

function demoTemplate(): string | undefined {
  try {
    return inject('e2eDemoDatabase') || undefined
  } catch {
    // Outside a vitest worker (the global setup itself): no template yet.
    return undefined
  }
}

export const clientDist = path.join(clientDir, 'dist')

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (process.env.E2E_SERVER_URL)
    return { url: process.env.E2E_SERVER_URL.replace(/\/$/, ''), output: () => '', stop: async () => {} }
  const port = await freePort()
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'talent-e2e-db-')))
  // The demo county the run loaded once (test/e2e/global-setup.ts), so each file's server starts without it;
  // not for a folder or a moment the test chose, nor beside PostgreSQL.
  const template = options.dataDir || options.clock || options.databaseUrl ? undefined : demoTemplate()
  if (template) await cp(template, dataDir, { recursive: true })
  let log = ''
  // The embedded database unless the test names one, whatever the developer's shell points at.
  const { DATABASE_URL: _ignored, ...inherited } = process.env
  const child: ChildProcess = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...inherited,
      ...serverClock(inherited, options.clock),
      ...options.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DIR: dataDir,
      CLIENT_DIR: options.clientDir ?? clientDist,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(killer)
    }
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`The server exited (code ${child.exitCode}) before it was ready:\n${log}`)
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`The server did not answer /healthz within 120 s:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { url, output: () => log, stop }
}

export interface Phone {
  context: BrowserContext
  /** The profile folder: `launchPhone({ profile })` opens the same phone again after `quit()`. */
  profile: string
  /** Closes the browser and deletes its profile. */
  close: () => Promise<void>
  /** Closes the browser as a user (or a crash) would, keeping the profile. */
  quit: () => Promise<void>
}

export interface PhoneOptions {
  /** Reopen this profile (service worker, IndexedDB, cookies) instead of a fresh one. */
  profile?: string
  /** Another browser's user agent, e.g. WeChat's built-in one. */
  userAgent?: string
  /** The phone's clock starts at this moment and runs on (a server started at the same `clock`). */
  clock?: Date
}

/** A phone-sized Chromium with its own fresh profile (service worker, IndexedDB, cookies). */
export async function launchPhone(options: PhoneOptions = {}): Promise<Phone> {
  const profile = options.profile ?? (await mkdtemp(path.join(tmpdir(), 'talent-e2e-chromium-')))
  const context = await chromium.launchPersistentContext(profile, {
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  // Under TEST_CLOCK the phone's clock is the test process's (see serverClock), running on. Not Playwright's
  // clock.install: its pages count the time since installing from the driver's Date, which is this process's
  // shifted one, so every page after the first navigation read the real time again.
  // A phone at its own `clock`: its offset from the real time is the moment's distance from this process's
  // now, plus this process's own distance from the real time.
  if (options.clock) await context.addInitScript(shiftDateBy, options.clock.getTime() - Date.now() + dateOffset())
  else if (process.env.TEST_CLOCK) await context.addInitScript(shiftDateBy, dateOffset())
  return {
    context,
    profile,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
    quit: () => context.close(),
  }
}

/** A GraphQL client with its own cookie, to check what the server holds independently of the phone. */
export function apiClient(baseUrl: string) {
  let cookie = ''
  return async function request<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) cookie = setCookie.split(';')[0] ?? ''
    return (await response.json()) as never
  }
}

/** The `tp_session` cookie (`name=value`) of a sign-in by the `login` mutation, as the phone would hold it. */
export async function sessionCookie(baseUrl: string, login: string, password = demoStaff.password): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
    body: JSON.stringify({
      query: 'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }',
      variables: { l: login, p: password },
    }),
  })
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  if (!cookie.startsWith('tp_session='))
    throw new Error(`Signing in as ${login} gave no tp_session cookie (${response.status})`)
  return cookie
}
