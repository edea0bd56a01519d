// `pnpm budgets`: builds the client (production) when stale, starts the real server on a fresh embedded
// database, measures the four budgets of the field client, prints the table and writes it into
// client/BUDGETS.md. Fails only on an error; a missed budget is reported, not thrown.
// BUDGETS_WRITES (100): how many leads are queued offline; BUDGETS_LIGHTHOUSE_RUNS (5): Lighthouse runs.
import { spawnSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, startServer } from '../../test/e2e/harness.ts'
import { axeScreens, type Screen } from './axe.ts'
import { initialJs } from './initial-js.ts'
import { lighthouseMobile } from './lighthouse.ts'
import { queuedWrites } from './queued-writes.ts'
import { renderReport, writeReport } from './report.ts'
import { serverAs } from './session.ts'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const say = (line: string) => console.log(`[budgets] ${line}`)

async function ids(baseUrl: string) {
  const staff = serverAs(baseUrl, 'east.staff')
  const manager = serverAs(baseUrl, 'east.manager')
  const projects = await staff<{ projects: { edges: { node: { uuid: string } }[] } }>(
    '{ projects(first: 1) { edges { node { uuid } } } }',
  )
  const requests = await manager<{ supportRequests: { edges: { node: { uuid: string } }[] } }>(
    '{ supportRequests(first: 1) { edges { node { uuid } } } }',
  )
  const project = projects.projects.edges[0]?.node.uuid
  const request = requests.supportRequests.edges[0]?.node.uuid
  if (!project || !request)
    throw new Error('the demo data has no project for east.staff or no support request for east.manager')
  return { project, request }
}

function screens(project: string, request: string): Screen[] {
  const staff = (p: string): Screen => ({ path: p, login: 'east.staff' })
  const manager = (p: string): Screen => ({ path: p, login: 'east.manager' })
  return [
    { path: '/login' },
    ...[
      '/today',
      '/projects',
      '/leads/new',
      `/projects/${project}`,
      `/projects/${project}/follow-up`,
      `/projects/${project}/stage`,
      `/projects/${project}/edit`,
      '/search',
      '/sync',
    ].map(staff),
    ...['/pipeline', '/overdue', '/requests', `/requests/${request}`, `/projects/${project}/owner`].map(manager),
    { path: '/requests', login: 'hrss' },
  ]
}

/**
 * The Chinese font the pages are drawn with. Every phone has one; a server often has none, and then Chromium
 * searches font fallback for every Chinese character it lays out (each layout pass 2–4× longer, the Lighthouse
 * score several points lower) and draws empty boxes: a measurement of nothing a user sees.
 */
function chineseFont(): string {
  const match = (format: string) =>
    spawnSync('fc-match', ['-f', format, 'sans-serif:lang=zh-cn'], { encoding: 'utf8' }).stdout ?? ''
  const coversChinese = match('%{lang}').split('|').includes('zh-cn')
  if (!coversChinese)
    throw new Error(
      'No Chinese font here (fc-match sans-serif:lang=zh-cn covers no zh-cn). Install one as any phone has, e.g. ' +
        '`apt-get install fonts-noto-cjk`, and run again.',
    )
  return match('%{family[0]}')
}

async function main() {
  const font = chineseFont()
  say(`Chinese text drawn in ${font}`)
  say('building the client when its sources changed (NODE_ENV=production)')
  ensureClientBuilt()
  const server = await startServer()
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  })
  try {
    say(`server on ${server.url}; Chromium ${browser.version()}`)
    const { project, request } = await ids(server.url)
    const js = [
      await initialJs(browser, server.url, '/login'),
      await initialJs(browser, server.url, '/today', 'east.staff'),
    ]
    say(`initial JS: ${js.map((r) => `${r.route} ${(r.gzip / 1024).toFixed(1)} kB gzip`).join(', ')}`)
    const axe = await axeScreens(browser, server.url, screens(project, request))
    say(
      `axe: ${axe.reduce((sum, s) => sum + s.violations.length, 0)} serious/critical violations on ${axe.length} ` +
        `screens`,
    )
    const lighthouse = await lighthouseMobile(
      server.url,
      '/today',
      'east.staff',
      Number(process.env.BUDGETS_LIGHTHOUSE_RUNS ?? 5),
    )
    say(`lighthouse: ${lighthouse.score} (median of ${lighthouse.scores.join(', ')})`)
    const writes = await queuedWrites(server.url, Number(process.env.BUDGETS_WRITES ?? 100))
    say(`queued writes: ${writes.count} acknowledged in ${(writes.ackMs / 1000).toFixed(2)} s`)
    const cpu = cpus()
    const machine =
      `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
      `Node ${process.version}, Chromium ${browser.version()}, Chinese font ${font}`
    const table = renderReport({
      machine,
      date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      js,
      writes,
      lighthouse,
      axe,
    })
    console.log(`\n${table}\n`)
    writeReport(path.join(repo, 'client', 'BUDGETS.md'), table)
    say('wrote the table into client/BUDGETS.md')
  } finally {
    await browser.close()
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
