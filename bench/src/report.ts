// The run's results as markdown (the tables bench/README.md shows) and the writing of them between its markers.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Measured } from './measure.ts'
import { benchDir, labels, settings, variants, type VariantKey } from './settings.ts'

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))

export function statementsCell(m: Measured): string {
  const { perRequest, byKind, requests } = m.statements
  const per = (n: number | undefined) => Number(((n ?? 0) / requests).toFixed(2))
  const extra = [
    byKind.transaction ? `${per(byKind.transaction)} BEGIN/COMMIT` : '',
    byKind.settings ? `${per(byKind.settings)} set_config` : '',
  ]
    .filter(Boolean)
    .join(' + ')
  const total = `${Number(perRequest.toFixed(2))}`
  return extra ? `${total} (${per(byKind.data)} queries + ${extra})` : total
}

export function report(results: Partial<Record<VariantKey, Measured>>, context: Record<string, string>) {
  const shown = variants.filter((key) => results[key])
  const ratio = (x: number | undefined, y: number | undefined) => (x && y ? x / y : NaN)
  const { a, b, c, d } = results
  const ba = ratio(b?.latency.medianMs, a?.latency.medianMs)
  const bc = ratio(b?.throughput.requestsPerSecond, c?.throughput.requestsPerSecond)
  const db = ratio(d?.latency.medianMs, b?.latency.medianMs)
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**')
  const show = (value: number, target: (v: number) => boolean) =>
    Number.isNaN(value) ? ['n/a', 'n/a'] : [value.toFixed(2), mark(target(value))]
  const [baText, baMark] = show(ba, (v) => v <= 3)
  const [bcText, bcMark] = show(bc, (v) => v >= 1)
  const lines = [
    `Run ${context.date} · ${context.machine}`,
    '',
    `Data: ${context.data}.`,
    '',
    `Method: ${context.method}`,
    '',
    `| variant | median latency, c=1 (ms) | p99 latency, c=1 (ms) | requests/s, c=${settings.connections} | SQL ` +
      `statements per request |`,
    '|---|---:|---:|---:|---|',
    ...shown.map((key) => {
      const m = results[key]!
      return (
        `| ${labels[key]} | ${ms(m.latency.medianMs)} | ${ms(m.latency.p99Ms)} | ` +
        `${Math.round(m.throughput.requestsPerSecond)} | ${statementsCell(m)} |`
      )
    }),
    '',
    '| ratio | value | target |',
    '|---|---:|---|',
    `| b/a, median latency | ${baText} | ≤ 3: ${baMark} |`,
    `| b/c, requests per second | ${bcText} | ≥ 1: ${bcMark} |`,
    `| d/b, median latency | ${Number.isNaN(db) ? 'n/a' : db.toFixed(2)} | (none) |`,
    `| (b) SQL statements per request | ${b ? Number(b.statements.perRequest.toFixed(2)) : 'n/a'} | ≤ 2: ` +
      `${b ? mark(b.statements.perRequest <= 2) : 'n/a'} |`,
    '',
    'Where the time goes at c=1: means per request, measured inside each server (arrival of the request to its',
    "answer handed to the socket; the database driver's time per statement: around `pg`'s query for (a), (b) and (c),",
    "Prisma's query event for (d), which includes its driver adapter). Round medians show how steady the machine was.",
    '',
    '| variant | server time (ms) | of which SQL (ms) | server time outside SQL (ms) | client-seen mean (ms) | ' +
      'median per round (ms) | req/s per round |',
    '|---|---:|---:|---:|---:|---|---|',
    ...shown.map((key) => {
      const m = results[key]!
      return (
        `| ${labels[key]} | ${ms(m.server.handlerMs)} | ${ms(m.server.sqlMs)} | ` +
        `${ms(m.server.handlerMs - m.server.sqlMs)} | ${ms(m.latency.meanMs)} ` +
        `| ${m.latency.roundMediansMs.map(ms).join(' / ')} | ` +
        `${m.throughput.roundsPerSecond.map((r) => Math.round(r)).join(' / ')} |`
      )
    }),
  ]
  return lines.join('\n')
}

export async function writeIntoReadme(markdown: string) {
  const file = path.join(benchDir, 'README.md')
  const begin = '<!-- bench:results:begin -->'
  const end = '<!-- bench:results:end -->'
  let text = await readFile(file, 'utf8').catch(() => `# bench\n\n## Latest results\n\n${begin}\n${end}\n`)
  if (!text.includes(begin) || !text.includes(end)) text += `\n## Latest results\n\n${begin}\n${end}\n`
  text = `${text.slice(0, text.indexOf(begin) + begin.length)}\n${markdown}\n${text.slice(text.indexOf(end))}`
  await writeFile(file, text)
}
