// Small timing and statistics helpers shared by run.ts and probe.ts: the run's log line, pauses, medians, quantiles.
const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
export const say = (text: string) => console.log(`[bench ${elapsed()}] ${text}`)

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
export const rotate = <T>(list: T[], by: number) => list.map((_, i) => list[(i + by) % list.length]!)
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
/** The probe's median: the upper of the two middle values for an even count (what probe.ts has always printed). */
export const upperMedian = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
export const mean = (values: number[]) => values.reduce((s, t) => s + t, 0) / values.length
export const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}
