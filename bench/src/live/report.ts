// The live bench's table (markdown): each server's idle cost with and without the subscriptions, and how long
// a write took to reach the streams on each process.
import { median, quantile } from '../timing.ts'

/** Per server process, A then B. */
export interface IdleFigures {
  rssMiB: number[]
  heapMiB: number[]
  cpuSeconds: number[]
}

export interface LatencyFigures {
  /** Deliveries expected (writes × streams on the process) and the latencies of those that arrived (ms). */
  expected: number
  times: number[]
  /** The same, counted from the write's answer (the commit) rather than from sending it; < 0: heard first. */
  afterAnswer: number[]
}

export interface LiveRun {
  header: string
  settings: {
    subscriptions: number
    writes: number
    spacingMs: number
    idleSeconds: number
    readers: number
    projectsSeeded: number
  }
  openSeconds: number
  idle: { without: IdleFigures; with: IdleFigures }
  latency: { a: LatencyFigures; b: LatencyFigures }
  writeAnswerMs: number[]
  streamErrors: number
}

const ms = (value: number) => (Math.abs(value) < 10 ? value.toFixed(1) : Math.round(value).toString())

function latencyRow(label: string, figures: LatencyFigures): string {
  const { times, expected, afterAnswer } = figures
  if (times.length === 0) return `| ${label} | 0 of ${expected} | – | – | – | – | – |`
  return (
    `| ${label} | ${times.length} of ${expected} | ${ms(median(times))} | ${ms(quantile(times, 0.99))} | ` +
    `${ms(Math.max(...times))} | ${ms(median(afterAnswer))} | ${ms(quantile(afterAnswer, 0.99))} |`
  )
}

export function liveReport(run: LiveRun): string {
  const { settings, idle, latency } = run
  const perProcess = Math.round(settings.subscriptions / 2)
  const all = {
    expected: latency.a.expected + latency.b.expected,
    times: [...latency.a.times, ...latency.b.times],
    afterAnswer: [...latency.a.afterAnswer, ...latency.b.afterAnswer],
  }
  const lines = [
    run.header,
    '',
    `${settings.subscriptions} \`boardChanged\` subscriptions over SSE (${perProcess} on each of two server ` +
      `processes, one PostgreSQL database of ${settings.projectsSeeded} projects), opened by ${settings.readers} ` +
      `users who all read the park's projects (its field staff and manager, the county's leaders) from one Node ` +
      `process, in ${run.openSeconds.toFixed(1)} s. ${settings.writes} follow-ups logged through process A, ` +
      `${settings.spacingMs} ms apart, each on another of the park's projects; latency is from sending the write ` +
      `until a stream read the event naming its project (the write's own answer included: its median was ` +
      `${ms(median(run.writeAnswerMs))} ms). Stream errors: ${run.streamErrors}.`,
    '',
    '| streams on | events received | p50 (ms) | p99 (ms) | max (ms) | p50 after the answer | p99 after the answer |' +
      '\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    latencyRow('process A (the write’s)', latency.a),
    latencyRow('process B (heard through PostgreSQL)', latency.b),
    latencyRow('both', all),
    '',
    'Idle cost: RSS and V8 heap in use after a full garbage collection (median of three), CPU time ' +
      `(utime + stime from /proc) over ${settings.idleSeconds} s with nothing happening, each server process ` +
      'without and with its streams:',
    '',
    '| server process | RSS without (MiB) | RSS with (MiB) | RSS delta (MiB) | heap delta (MiB) | CPU without (s) ' +
      '| CPU with (s) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const [i, name] of ['A', 'B'].entries()) {
    const [rssWithout, rssWith] = [idle.without.rssMiB[i]!, idle.with.rssMiB[i]!]
    lines.push(
      `| ${name} (${perProcess} streams) | ${rssWithout.toFixed(0)} | ${rssWith.toFixed(0)} | ` +
        `${(rssWith - rssWithout).toFixed(1)} | ${(idle.with.heapMiB[i]! - idle.without.heapMiB[i]!).toFixed(1)} | ` +
        `${idle.without.cpuSeconds[i]!.toFixed(2)} | ` +
        `${idle.with.cpuSeconds[i]!.toFixed(2)} |`,
    )
  }
  return lines.join('\n')
}
