// Runs inside the release test's namespaces (no network, the repository hidden): what a county's IT admin would
// try on an unpacked release. Node's own modules only, as nothing else is there. Prints one JSON line of what it
// saw; release.test.ts judges it.
// Usage: node probe.mjs '{"releaseDir": …, "env": {…}, "before": [["migrate"]], "after": [["audit-verify"]],
//                         "login": "east.staff", "password": "…", "port": 4100}'
import { spawn, spawnSync } from 'node:child_process'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'

const plan = JSON.parse(process.argv[2])
const base = `http://127.0.0.1:${plan.port}`
const env = { PATH: process.env.PATH, ...plan.env, PORT: String(plan.port) }

/** How connecting to an address outside this machine ends: an error code, or 'connected'. */
function reachOutside() {
  return new Promise((resolve) => {
    const socket = connect({ host: '223.5.5.5', port: 53, timeout: 3000 })
    const settle = (outcome) => {
      socket.destroy()
      resolve(outcome)
    }
    socket.once('connect', () => settle('connected'))
    socket.once('error', (error) => settle(error.code ?? error.message))
    socket.once('timeout', () => settle('timeout'))
  })
}

function cli(args) {
  const result = spawnSync(process.execPath, ['server/cli.js', ...args], {
    cwd: plan.releaseDir,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { args, status: result.status, output: `${result.stdout}${result.stderr}` }
}

async function startServer() {
  const child = spawn(process.execPath, ['server/main.js'], { cwd: plan.releaseDir, env, stdio: 'pipe' })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  let gone = false
  exited.then(() => (gone = true))
  const deadline = Date.now() + 150_000
  while (!gone && !log.includes('ready on') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  const ready = log.includes('ready on')
  return {
    ready,
    log: () => log,
    stop: async () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}

async function graphql(query, variables, cookie) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  return { response, body: await response.json() }
}

async function useProduct() {
  const healthz = (await fetch(`${base}/healthz`)).status
  const page = await fetch(`${base}/`)
  const indexHtml = { status: page.status, type: page.headers.get('content-type'), text: await page.text() }
  const script = indexHtml.text.match(/<script[^>]+src="([^"]+)"/)?.[1]
  const scriptStatus = script ? (await fetch(new URL(script, base))).status : null
  const signIn = await graphql('mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', {
    l: plan.login,
    p: plan.password,
  })
  const cookie = (signIn.response.headers.get('set-cookie') ?? '').split(';')[0]
  const { body: signedIn } = await graphql(
    '{ me { login role } projects(first: 3) { edges { node { title } } } }',
    {},
    cookie,
  )
  return { healthz, indexHtml, script, scriptStatus, signInErrors: signIn.body.errors ?? null, signedIn }
}

const report = {
  interfaces: Object.keys(networkInterfaces()),
  outside: await reachOutside(),
  before: plan.before.map(cli),
}
const server = await startServer()
report.ready = server.ready
try {
  if (server.ready) Object.assign(report, await useProduct())
} catch (error) {
  report.error = String(error)
} finally {
  report.exitCode = await server.stop()
  report.log = server.log()
}
report.after = plan.after.map(cli)
console.log(JSON.stringify(report))
