// The table printed and written into client/BUDGETS.md between its markers (the text around them is kept).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { AxeResult } from './axe.ts'
import type { RouteJs } from './initial-js.ts'
import type { LighthouseResult } from './lighthouse.ts'
import type { QueuedWrites } from './queued-writes.ts'

export const budgets = { initialJsGzipKb: 60, ackSeconds: 5, lighthouseScore: 95, axeSerious: 0 }

export interface Measured {
  machine: string
  date: string
  js: RouteJs[]
  writes: QueuedWrites
  lighthouse: LighthouseResult
  axe: AxeResult[]
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const verdict = (met: boolean) => (met ? 'met' : '**missed**')

export function renderReport(m: Measured): string {
  const lines = [`Measured ${m.date} on ${m.machine}.`, '', '| budget | measured | target | |', '|---|---|---|---|']
  for (const route of m.js)
    lines.push(
      `| initial JS of \`${route.route}\`, gzip | ${kb(route.gzip)} in ${route.chunks.length} files | ≤ ` +
        `${budgets.initialJsGzipKb} kB | ${verdict(route.gzip <= budgets.initialJsGzipKb * 1024)} |`,
    )
  const ackOk = m.writes.ackMs <= budgets.ackSeconds * 1000 && m.writes.onServerOnce === m.writes.count
  lines.push(
    `| ${m.writes.count} queued writes acknowledged after reconnecting (loopback) | ` +
      `${(m.writes.ackMs / 1000).toFixed(2)} s; ${m.writes.onServerOnce}/${m.writes.count} on the server exactly ` +
      `once | ≤ ${budgets.ackSeconds} s | ${verdict(ackOk)} |`,
  )
  lines.push(
    `| Lighthouse mobile performance, \`/today\` | ${m.lighthouse.score} (median of ${m.lighthouse.scores.length} ` +
      `runs: ${m.lighthouse.scores.join(', ')}) | ≥ ${budgets.lighthouseScore} | ` +
      `${verdict(m.lighthouse.score >= budgets.lighthouseScore)} |`,
  )
  const serious = m.axe.reduce((sum, screen) => sum + screen.violations.length, 0)
  lines.push(
    `| axe serious/critical violations, ${m.axe.length} screens | ${serious} | ${budgets.axeSerious} | ` +
      `${verdict(serious <= budgets.axeSerious)} |`,
  )
  lines.push(
    '',
    `Lighthouse metrics of the median run: ${Object.entries(m.lighthouse.metrics)
      .map(([id, value]) => `${id} ${value}`)
      .join(' · ')}.`,
  )
  lines.push(
    `Queueing the ${m.writes.count} leads through the form offline took ${(m.writes.queueMs / 1000).toFixed(1)} s.`,
  )
  if (m.writes.missing.length) lines.push(`Not on the server exactly once: ${m.writes.missing.join(', ')}.`)
  lines.push('', '| route | file | bytes | gzip |', '|---|---|---|---|')
  for (const route of m.js)
    for (const chunk of route.chunks)
      lines.push(`| \`${route.route}\` | \`${chunk.file}\` | ${kb(chunk.bytes)} | ${kb(chunk.gzip)} |`)
  lines.push('', '| screen | as | serious/critical violations |', '|---|---|---|')
  for (const screen of m.axe) {
    const found = screen.violations
      .map((v) => `${v.impact} \`${v.id}\` (${v.help}): ${v.targets.map((t) => `\`${t}\``).join(', ')}`)
      .join('<br>')
    lines.push(`| \`${screen.screen}\` | ${screen.login} | ${found || '0'} |`)
  }
  return lines.join('\n')
}

const begin = '<!-- budgets:results:begin -->'
const end = '<!-- budgets:results:end -->'

export function writeReport(file: string, table: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Budgets of the field client\n\n${begin}\n${end}\n`
  const from = text.indexOf(begin)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`${file} lacks the markers ${begin} … ${end}`)
  writeFileSync(file, `${text.slice(0, from + begin.length)}\n${table}\n${text.slice(to)}`)
}
