#!/usr/bin/env node
// `npm start` / `npm test` on a machine that has only Node 20 and npm: brings pnpm (pinned) if it is
// missing, installs the workspace when needed, builds the PWA when its sources changed, then starts the
// product or runs every test suite — saying which suites it could not run, and why.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withServerNodeFlags } from './server-node-flags.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const pnpmVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1]
const isCI = process.env.CI === 'true' || process.env.CI === '1'
const [command = 'start', ...extra] = process.argv.slice(2)

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function pnpm() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  if (found.status === 0 && found.stdout.trim() === pnpmVersion) return ['pnpm']
  // No pnpm (or another version): npm fetches the pinned one from the registry.
  return ['npm', 'exec', '--yes', `pnpm@${pnpmVersion}`, '--']
}

function ensureInstalled(pm) {
  const marker = path.join(root, 'node_modules/.pnpm/lock.yaml')
  const lock = path.join(root, 'pnpm-lock.yaml')
  const generated = path.join(root, 'server/src/generated/prisma/client.ts')
  if (existsSync(marker) && existsSync(generated) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return
  console.log('› Installing dependencies (pnpm install)…')
  run(pm[0], [...pm.slice(1), 'install', '--frozen-lockfile'])
}

function newestFile(folder) {
  let newest = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestFile(file) : statSync(file).mtimeMs)
  }
  return newest
}

function ensureClientBuilt(pm) {
  const built = path.join(root, 'client/dist/index.html')
  const sources = [path.join(root, 'client/src'), path.join(root, 'client/public')].filter(existsSync)
  const sourceTime = Math.max(...sources.map(newestFile), statSync(path.join(root, 'client/package.json')).mtimeMs)
  if (existsSync(built) && statSync(built).mtimeMs >= sourceTime) return
  console.log('› Building the PWA (client/dist)…')
  run(pm[0], [...pm.slice(1), '--filter', 'client', 'build'])
}

function canConnect(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 5432), timeout: 2000 })
    const settle = (reachable) => {
      socket.destroy()
      resolve(reachable)
    }
    socket.once('connect', () => settle(true))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => settle(false))
  })
}

/** Whether the release suite can run the product in a network namespace of its own, as its test does. */
function canIsolateNetwork() {
  const flags = process.getuid?.() === 0 ? ['--net', '--mount'] : ['--map-root-user', '--net', '--mount']
  const probe = spawnSync('unshare', [...flags, 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' })
  return probe.status === 0
}

async function test(pm) {
  const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const missing = []
  const env = { ...process.env, CHROMIUM_PATH: chromium }
  if (await canConnect(postgresUrl)) env.TEST_POSTGRES = '1'
  else
    missing.push(
      `PostgreSQL suite: no server at ${new URL(postgresUrl).host} (set TEST_DATABASE_URL, or start PostgreSQL)`,
    )
  // The deployment suite (test/deploy, beside PostgreSQL) runs deploy/'s files with Debian's tools.
  const deployTools = [
    [process.env.NGINX_PATH ?? '/usr/sbin/nginx', 'nginx', 'nginx'],
    [process.env.SYSTEMD_ANALYZE_PATH ?? '/usr/bin/systemd-analyze', 'systemd-analyze', 'systemd'],
    [process.env.OPENSSL_PATH ?? '/usr/bin/openssl', 'openssl', 'openssl'],
  ]
  for (const [file, tool, debianPackage] of deployTools) {
    if (env.TEST_POSTGRES && !existsSync(file))
      missing.push(`deployment tests that need ${tool}: no ${file} (apt-get install ${debianPackage})`)
  }
  if (existsSync(chromium)) {
    env.TEST_E2E = '1'
    ensureClientBuilt(pm)
  } else {
    missing.push(`browser suite: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`)
  }
  if (canIsolateNetwork()) env.TEST_RELEASE = '1'
  else missing.push('release suite: cannot start a process without network (unshare and ip: root, or user namespaces)')
  for (const line of missing) console.log(`⚠ Not running the ${line}`)
  if (missing.length && isCI) {
    console.error('✖ CI=true: every suite must run.')
    process.exit(1)
  }
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env,
  })
  for (const line of missing) console.log(`⚠ Not run: the ${line}`)
  process.exit(result.status ?? 1)
}

function start(pm) {
  ensureClientBuilt(pm)
  // tsx's loader in the server's own process, not its launcher: the launcher relays a stop signal only if the
  // server acknowledges it within 30 ms, and SIGKILLs it otherwise — which a busy machine turns into a lost stop.
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...extra], {
    env: withServerNodeFlags(process.env),
    cwd: path.join(root, 'server'),
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}

const pm = pnpm()
ensureInstalled(pm)
if (command === 'test') await test(pm)
else if (command === 'start') start(pm)
else {
  console.error(`Unknown command ${command}: use start or test.`)
  process.exit(2)
}
