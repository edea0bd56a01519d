// The load run's tables (markdown), and writing them into bench/README.md between the load markers.
import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { benchDir } from '../settings.ts'
import type { StepResult } from './generator.ts'

export interface ConfigRun {
  processes: number
  steps: Array<StepResult & { loadBefore: number; loadAfter: number }>
}

export const p99Target = 250

const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : Math.round(value).toString()) : '–'

export function mostUsersServed(run: ConfigRun): number | null {
  const met = run.steps.filter((step) => step.errors === 0 && step.p99 < p99Target).map((step) => step.users)
  return met.length ? Math.max(...met) : null
}

function stepsTable(run: ConfigRun): string {
  const lines = [
    '| users | requests/s | p50 (ms) | p99 (ms) | errors | p99 < 250 ms | load average (before → after) |',
    '| ----: | ---------: | -------: | -------: | -----: | ------------ | ----------------------------- |',
  ]
  for (const step of run.steps) {
    lines.push(
      `| ${step.users} | ${(step.requests / step.seconds).toFixed(1)} | ${ms(step.p50)} | ${ms(step.p99)} | ` +
        `${step.errors} | ${step.p99 < p99Target && step.errors === 0 ? 'yes' : '**no**'} | ` +
        `${step.loadBefore.toFixed(1)} → ${step.loadAfter.toFixed(1)} |`,
    )
  }
  return lines.join('\n')
}

/** Per operation at the step of `users` users. */
function operationsTable(step: StepResult): string {
  const lines = [
    '| operation | requests | requests/s | p50 (ms) | p99 (ms) | max (ms) | errors |',
    '| --------- | -------: | ---------: | -------: | -------: | -------: | -----: |',
  ]
  for (const [operation, figures] of Object.entries(step.byOperation)) {
    lines.push(
      `| ${operation} | ${figures.count} | ${(figures.count / step.seconds).toFixed(1)} | ${ms(figures.p50)} | ` +
        `${ms(figures.p99)} | ${ms(figures.max)} | ${figures.errors} |`,
    )
  }
  return lines.join('\n')
}

export function report(runs: ConfigRun[], context: { header: string; method: string }, detailUsers: number): string {
  const parts = [context.header, '', context.method, '']
  parts.push('| server processes | most users served with p99 < 250 ms and no errors |', '| ---: | ---: |')
  for (const run of runs) parts.push(`| ${run.processes} | ${mostUsersServed(run) ?? 'none of the steps'} |`)
  for (const run of runs) {
    parts.push('', `**${run.processes} server process${run.processes > 1 ? 'es' : ''}**`, '', stepsTable(run))
    const detail = run.steps.find((step) => step.users === detailUsers) ?? run.steps[0]
    if (detail) {
      parts.push(
        '',
        `Per operation at ${detail.users} users (${run.processes} process${run.processes > 1 ? 'es' : ''}):`,
      )
      parts.push('', operationsTable(detail))
    }
  }
  return parts.join('\n')
}

/** Replaces what stands between `<!-- <marker>:begin -->` and `<!-- <marker>:end -->` in bench/README.md. */
export async function writeIntoReadme(markdown: string, marker = 'load:results') {
  const begin = `<!-- ${marker}:begin -->`
  const end = `<!-- ${marker}:end -->`
  const file = path.join(benchDir, 'README.md')
  const text = await readFile(file, 'utf8')
  const from = text.indexOf(begin)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`bench/README.md has no ${begin} … ${end} markers`)
  await writeFile(file, `${text.slice(0, from + begin.length)}\n${markdown}\n${text.slice(to)}`)
  // Biome pads the tables' columns, as `pnpm lint` expects them.
  execFileSync(path.join(benchDir, '../node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' })
}
