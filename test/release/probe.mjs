// Runs inside the release test's namespaces (no network, the repository hidden): what a county's IT admin would
// try on an unpacked release. Node's own modules only, as nothing else is there. Prints one JSON line of what it
// saw; the release tests judge it.
// Usage: node probe.mjs '{"releaseDir": …, "env": {…}, "before": [["migrate"]], "after": [["audit-verify"]],
//                         "login": "east.staff", "password": "…", "port": 4100,
//                         "backup": {"out": …, "env": {"PGLITE_DIR": …}, "port": 4102}}'
// With `backup`: while the server runs, `cli.js backup --out <out>`; once it stopped, `cli.js restore` of that
// file into the database `backup.env` names, a server started on the copy, and `cli.js audit-verify` there.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import path from 'node:path'

const plan = JSON.parse(process.argv[2])
const settings = (extra = {}) => ({ PATH: process.env.PATH, ...plan.env, ...extra })
/** The lead staff log on the installed product, which its backup must carry over. */
const lead = { talentName: '备份演练', employer: '县人民医院', sourceChannel: 'TALENT_AMBASSADOR' }

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

/** Not spawnSync: a server running meanwhile writes its log to this process, which must keep reading it. */
function cli(args, env = settings()) {
  const child = spawn(process.execPath, ['server/cli.js', ...args], { cwd: plan.releaseDir, env, stdio: 'pipe' })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
  return new Promise((resolve) =>
    child.once('close', (status) => {
      clearTimeout(timer)
      resolve({ args, status, output })
    }),
  )
}

async function clis(commands, env) {
  const results = []
  for (const args of commands) results.push(await cli(args, env))
  return results
}

/** Starts `server/main.js`, lets `work` use it once ready, stops it with SIGTERM; reports what happened. */
async function withServer(env, port, work) {
  const child = spawn(process.execPath, ['server/main.js'], {
    cwd: plan.releaseDir,
    env: { ...env, PORT: String(port) },
    stdio: 'pipe',
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  let gone = false
  exited.then(() => (gone = true))
  const deadline = Date.now() + 150_000
  while (!gone && !log.includes('ready on') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  const report = { ready: log.includes('ready on') }
  try {
    if (report.ready) Object.assign(report, await work(`http://127.0.0.1:${port}`))
  } catch (error) {
    report.error = String(error)
  } finally {
    child.kill('SIGTERM')
    report.exitCode = await exited
    report.log = log
  }
  return report
}

async function graphql(base, query, variables, cookie) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  return { response, body: await response.json() }
}

async function signIn(base) {
  const signedIn = await graphql(
    base,
    'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }',
    {
      l: plan.login,
      p: plan.password,
    },
  )
  const cookie = (signedIn.response.headers.get('set-cookie') ?? '').split(';')[0]
  return { cookie, signInErrors: signedIn.body.errors ?? null }
}

async function useProduct(base) {
  const healthz = (await fetch(`${base}/healthz`)).status
  const page = await fetch(`${base}/`)
  const indexHtml = { status: page.status, type: page.headers.get('content-type'), text: await page.text() }
  const script = indexHtml.text.match(/<script[^>]+src="([^"]+)"/)?.[1]
  const scriptStatus = script ? (await fetch(new URL(script, base))).status : null
  const { cookie, signInErrors } = await signIn(base)
  const { body: signedIn } = await graphql(
    base,
    '{ me { login role } projects(first: 3) { edges { node { title } } } }',
    {},
    cookie,
  )
  const { body: leadWritten } = await graphql(
    base,
    'mutation ($input: CreateLeadInput!) { createLead(input: $input) { uuid title stage } }',
    { input: { ...lead, clientMutationId: randomUUID(), projectId: randomUUID(), talentId: randomUUID() } },
    cookie,
  )
  // The nightly unit's command, while the server runs and after the lead was answered.
  const backup = plan.backup ? await cli(['backup', '--out', plan.backup.out]) : undefined
  return { healthz, indexHtml, script, scriptStatus, signInErrors, signedIn, leadWritten, backup }
}

/** The backup put into a fresh database, and the product started on it as on the original. */
async function restoreCopy() {
  const env = settings(plan.backup.env)
  const backupFiles = await readdir(plan.backup.out).catch((error) => [String(error)])
  if (backupFiles.length !== 1) return { backupFiles }
  const restore = await cli(['restore', path.join(plan.backup.out, backupFiles[0])], env)
  const served = await withServer(env, plan.backup.port, async (base) => {
    const readyz = (await fetch(`${base}/readyz`)).status
    const { cookie, signInErrors } = await signIn(base)
    const { body: found } = await graphql(
      base,
      'query ($q: String!) { projects(first: 5, search: $q) { edges { node { uuid title stage } } } }',
      { q: lead.talentName },
      cookie,
    )
    return { readyz, signInErrors, found }
  })
  return { backupFiles, restore, ...served, after: await clis([['audit-verify']], env) }
}

const report = {
  interfaces: Object.keys(networkInterfaces()),
  outside: await reachOutside(),
  before: await clis(plan.before),
}
Object.assign(report, await withServer(settings(), plan.port, useProduct))
report.after = await clis(plan.after)
if (plan.backup) report.copy = await restoreCopy()
console.log(JSON.stringify(report))
