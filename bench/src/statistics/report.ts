// The statistics bench's table, and its place in bench/README.md (between its own markers).
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface StatisticsResult {
  name: string
  statements: number
  graphqlP50: number
  graphqlP99: number
  sqlP50: number
  sqlP99: number
}

interface Report {
  date: string
  machine: string
  counts: Record<string, unknown>
  iterations: number
  results: StatisticsResult[]
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))
const targetMs = 100

export function renderStatisticsTable(report: Report): string {
  const rows = report.results.map((r) => {
    const verdict = r.graphqlP50 <= targetMs ? 'met' : `**missed** by ${ms(r.graphqlP50 - targetMs)} ms`
    const timings = [r.graphqlP50, r.graphqlP99, r.sqlP50, r.sqlP99].map(ms).join(' | ')
    return `| ${r.name} | ${r.statements} | ${timings} | ${(r.graphqlP50 / r.sqlP50).toFixed(2)} | ${verdict} |`
  })
  const counts = Object.entries(report.counts)
    .map(([k, v]) => `${v} ${k.replace('_', ' ')}`)
    .join(', ')
  return [
    `Run ${report.date} · ${report.machine}`,
    '',
    `Data: ${counts} (plus signings, landings, applications, support requests, events, the 2026 scheme and ` +
      "every unit's targets; `src/statistics/seed.ts`). " +
      `${report.iterations} requests per query after 3 of warm-up, each followed by a replay of the SQL it sent.`,
    '',
    '| query | SQL statements | GraphQL p50 (ms) | GraphQL p99 (ms) | its SQL p50 (ms) | its SQL p99 (ms) | ' +
      'GraphQL ÷ SQL (p50) | p50 ≤ 100 ms |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n')
}

const readme = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md')
const begin = '<!-- statistics:results:begin -->'
const end = '<!-- statistics:results:end -->'

export async function writeStatisticsReadme(table: string) {
  let text = await readFile(readme, 'utf8')
  if (!text.includes(begin)) text += `\n${begin}\n${end}\n`
  text = `${text.slice(0, text.indexOf(begin) + begin.length)}\n${table}\n${text.slice(text.indexOf(end))}`
  await writeFile(readme, text)
}
