// The bench run's settings, read from the environment once (documented at the top of run.ts), and the variants.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultSize, type SeedSize } from './seed.ts'

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const resultsDir = path.join(benchDir, 'results')

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback)
export const settings = {
  sequential: env('BENCH_SEQUENTIAL', 300),
  seconds: env('BENCH_SECONDS', 10),
  connections: env('BENCH_CONNECTIONS', 16),
  rounds: Math.max(1, env('BENCH_ROUNDS', 3)),
  warmupRequests: env('BENCH_WARMUP', 200),
  warmupSeconds: env('BENCH_WARMUP_SECONDS', 3),
}
const projects = env('BENCH_PROJECTS', defaultSize.projects)
export const size: SeedSize = { ...defaultSize, projects, talents: Math.max(1, Math.round(projects / 2)) }

export type VariantKey = 'a' | 'b' | 'c' | 'd' | 'e' | 'f'
export const labels: Record<VariantKey, string> = {
  a: '(a) raw SQL (pg + node:http)',
  b: '(b) our GraphQL on PostgreSQL',
  c: '(c) PostGraphile v4 on PostgreSQL',
  d: '(d) our GraphQL on PGlite',
  e: '(e) = (b) with its data from memory (no SQL)',
  f: '(f) = (b) with sessions remembered 10 s (before issue 16)',
}
export const variants = (process.env.BENCH_VARIANTS ?? 'a,b,c,d').split(',').map((v) => v.trim()) as VariantKey[]
for (const key of variants) if (!labels[key]) throw new Error(`unknown variant ${key} in BENCH_VARIANTS`)
const fullRun =
  (['a', 'b', 'c', 'd'] as const).every((key) => variants.includes(key)) &&
  size.projects === defaultSize.projects &&
  settings.sequential >= 300 &&
  settings.seconds >= 10
export const writeReadme = process.env.BENCH_README ? process.env.BENCH_README === '1' : fullRun
