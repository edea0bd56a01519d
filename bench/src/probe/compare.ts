// The probe's timing: PROBE_ITERATIONS, the results it records, and alternatives timed against each other in
// interleaved rounds.
import { mean, upperMedian as median } from '../timing.ts'

export const iterations = Number(process.env.PROBE_ITERATIONS ?? 400)
export const results: Record<string, Record<string, unknown>> = {}

async function sample(run: () => Promise<unknown>, count: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  return times
}

/** Warms each, then times them in interleaved rounds; prints and records median and mean. */
export async function compare(section: string, entries: Array<[string, () => Promise<unknown>]>, rounds = 4) {
  for (const [, run] of entries) await sample(run, 200)
  const times = new Map<string, number[]>(entries.map(([label]) => [label, []]))
  for (let round = 0; round < rounds; round++) {
    for (const [label, run] of entries) times.get(label)!.push(...(await sample(run, Math.ceil(iterations / rounds))))
  }
  console.log(`\n${section}`)
  for (const [label] of entries) {
    const all = times.get(label)!
    results[label] = { medianMs: median(all), meanMs: mean(all) }
    console.log(`  ${label.padEnd(78)} median ${median(all).toFixed(3)} ms   mean ${mean(all).toFixed(3)} ms`)
  }
}
