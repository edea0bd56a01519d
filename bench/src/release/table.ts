// The release bench's table, printed and written into bench/README.md between its markers.
import { readFile, writeFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import path from 'node:path'
import { benchDir } from '../settings.ts'

interface Summary {
  startMs: number
  startRange: readonly [number, number]
  afterStart: { server: number; group: number }
  afterRequests: { server: number; group: number }
}

export interface ReleaseFigures {
  runs: number
  buildSeconds: number
  archiveMb: number
  unpackedMb: number
  unpackedFiles: number
  installedMb: number
  results: Record<'release' | 'npmStart', Record<'pglite' | 'postgres', Summary>>
  load: { before: number[]; after: number[] }
}

const mb = (value: number) => value.toFixed(value < 10 ? 1 : 0)
const seconds = (ms: number) => (ms / 1000).toFixed(2)

/** A markdown table with its columns padded, as Biome formats bench/README.md. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]?.length ?? 0)))
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
}

function markdown(f: ReleaseFigures): string {
  const { release, npmStart } = f.results
  const columns = [release.pglite, npmStart.pglite, release.postgres, npmStart.postgres]
  const row = (label: string, cell: (s: Summary) => string) => [label, ...columns.map(cell)]
  const when = new Date().toISOString().slice(0, 16).replace('T', ', ')
  const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ')
  return [
    `Measured ${when} UTC on ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}; ` +
      `medians of ${f.runs} starts of each, interleaved; load average ${load(f.load.before)} before, ` +
      `${load(f.load.after)} after.`,
    '',
    ...table(
      ['what to install', '`pnpm release` archive', 'today: repository + `pnpm install`'],
      [
        [
          'size on disk',
          `${mb(f.archiveMb)} MB archive, ${mb(f.unpackedMb)} MB unpacked (${f.unpackedFiles} files)`,
          `${mb(f.installedMb)} MB (node_modules with every dev tool), and the registry to get them`,
        ],
        ['build', `${f.buildSeconds.toFixed(0)} s (\`pnpm release\`, the PWA's build included)`, '—'],
      ],
    ),
    '',
    ...table(
      [
        'per start',
        'release `node server/main.js`, PGlite',
        '`npm start` (tsx), PGlite',
        'release, PostgreSQL',
        '`npm start` (tsx), PostgreSQL',
      ],
      [
        row('start to the first `/healthz` 200 (s; fastest–slowest)', (s) => {
          const [low, high] = s.startRange
          return `${seconds(s.startMs)} (${seconds(low)}–${seconds(high)})`
        }),
        row('RSS after the start, server process (MB)', (s) => mb(s.afterStart.server)),
        row('RSS after 31 requests, server process (MB)', (s) => mb(s.afterRequests.server)),
        row('RSS after 31 requests, all its processes (MB)', (s) => mb(s.afterRequests.group)),
      ],
    ),
  ].join('\n')
}

export async function writeReleaseTable(figures: ReleaseFigures) {
  const table = markdown(figures)
  console.log(`\n${table}\n`)
  const file = path.join(benchDir, 'README.md')
  const begin = '<!-- bench:release:begin -->'
  const end = '<!-- bench:release:end -->'
  const text = await readFile(file, 'utf8')
  if (!text.includes(begin) || !text.includes(end)) throw new Error(`bench/README.md has no ${begin} … ${end}`)
  await writeFile(
    file,
    `${text.slice(0, text.indexOf(begin) + begin.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
  )
}
