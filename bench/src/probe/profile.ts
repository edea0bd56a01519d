// The probe's section 5: a CPU profile of the page requests, self time summed by package and by (source-mapped)
// function.
import { existsSync, readFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { SourceMap } from 'node:module'
import { fileURLToPath } from 'node:url'
import { iterations, results } from './compare.ts'

/** Profiles `iterations * 2` calls of `page`; prints the table and records it as `results.profile`. */
export async function profilePage(page: () => Promise<unknown>) {
  const inspector = new Session()
  inspector.connect()
  await inspector.post('Profiler.enable')
  await inspector.post('Profiler.setSamplingInterval', { interval: 100 })
  await inspector.post('Profiler.start')
  const profiledRequests = iterations * 2
  const profiled = performance.now()
  for (let i = 0; i < profiledRequests; i++) await page()
  const wall = performance.now() - profiled
  const { profile } = (await inspector.post('Profiler.stop')) as unknown as {
    profile: {
      nodes: Array<{
        id: number
        callFrame: { url: string; functionName: string; lineNumber?: number; columnNumber?: number }
      }>
      samples: number[]
      timeDeltas: number[]
    }
  }
  inspector.disconnect()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  // Minified bundles (Prisma's runtime) name their functions `oi`, `Zs`…: look the original up in the source map.
  const maps = new Map<string, SourceMap | null>()
  const originalName = (frame: { url: string; functionName: string; lineNumber?: number; columnNumber?: number }) => {
    const name = frame.functionName || '(anonymous)'
    if (!frame.url.startsWith('file://') || frame.lineNumber === undefined) return name
    if (!maps.has(frame.url)) {
      const file = `${fileURLToPath(frame.url)}.map`
      maps.set(frame.url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null)
    }
    const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber ?? 0) as
      | { originalSource?: string; originalLine?: number; name?: string }
      | undefined
    if (!entry?.originalSource) return name
    return (
      `${name} = ${entry.name ?? '?'} ` +
      `(${entry.originalSource.replace(/^.*?(packages|src)\//, '$1/')}:${(entry.originalLine ?? 0) + 1})`
    )
  }
  const buckets = new Map<string, number>()
  const functions = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000
    const bucket = packageOf(node.callFrame.url, node.callFrame.functionName)
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + delta)
    const fn = `${bucket} · ${originalName(node.callFrame)}`
    functions.set(fn, (functions.get(fn) ?? 0) + delta)
  })
  const perRequest = (value: number) => value / profiledRequests
  const total = [...buckets.values()].reduce((s, v) => s + v, 0)
  const rows = [...buckets.entries()].sort((a, b) => b[1] - a[1])
  console.log(
    `\n5. CPU profile of ${profiledRequests} buildYoga yoga.fetch requests ` +
      `(${(wall / profiledRequests).toFixed(3)} ms each, wall): self time per request`,
  )
  for (const [bucket, value] of rows.filter(([, v]) => perRequest(v) >= 0.005))
    console.log(`  ${bucket.padEnd(48)} ${perRequest(value).toFixed(3)} ms  ${((100 * value) / total).toFixed(1)} %`)
  const topFunctions = [...functions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)
  console.log('  top functions:')
  for (const [fn, value] of topFunctions) console.log(`    ${perRequest(value).toFixed(4)} ms  ${fn}`)
  results.profile = {
    wallPerRequestMs: wall / profiledRequests,
    byPackageMs: Object.fromEntries(rows.map(([k, v]) => [k, perRequest(v)])),
    topFunctionsMs: Object.fromEntries(topFunctions.map(([k, v]) => [k, perRequest(v)])),
  }
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'node internals / native'
  if (url.startsWith('node:')) return 'node internals'
  if (url.startsWith('wasm://')) return 'wasm (Prisma query compiler)'
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
  if (pnpm) return pnpm[1]!
  if (url.includes('/server/src/generated/')) return 'server/src/generated (Prisma client)'
  if (url.includes('/server/src/')) return 'server/src (our code)'
  if (url.includes('/bench/')) return 'bench'
  return url.replace(/^file:\/\//, '').slice(-48)
}
