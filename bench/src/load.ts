// The load generator, in its own process (forked by run.ts), one command per IPC message:
//   { op: 'sequential', count }   `count` requests one after another on one keep-alive connection, each
//                                 timed with hrtime (autocannon's histogram has whole-millisecond steps, too
//                                 coarse below 2 ms); every answer is checked: status 200, no GraphQL
//                                 `errors`, the same length as the first.
//   { op: 'cannon', connections, seconds }   autocannon at that concurrency for that long.
// Answers { id, result } or { id, error }.
import http from 'node:http'
import autocannon from 'autocannon'

export interface Target {
  url: string
  headers: Record<string, string>
  body: string
}

export type Command =
  | { id: number; op: 'sequential'; target: Target; count: number }
  | { id: number; op: 'cannon'; target: Target; connections: number; seconds: number }

export interface SequentialResult {
  times: number[]
  bytes: number
}

export interface CannonResult {
  requests: number
  seconds: number
  errors: number
  timeouts: number
  non2xx: number
  meanLatencyMs: number
  bytes: number
}

function once(agent: http.Agent, target: Target): Promise<{ ms: number; status: number; text: string }> {
  const url = new URL(target.url)
  const started = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { ...target.headers, 'content-length': Buffer.byteLength(target.body) },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(target.body)
  })
}

async function sequential(target: Target, count: number): Promise<SequentialResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const times: number[] = []
  let bytes = -1
  try {
    for (let i = 0; i < count; i++) {
      const { ms, status, text } = await once(agent, target)
      if (status !== 200 || text.includes('"errors"'))
        throw new Error(`${target.url} answered ${status}: ${text.slice(0, 500)}`)
      if (bytes < 0) bytes = text.length
      else if (text.length !== bytes)
        throw new Error(`${target.url} answered ${text.length} characters, earlier ${bytes}`)
      times.push(ms)
    }
  } finally {
    agent.destroy()
  }
  return { times, bytes }
}

function cannon(target: Target, connections: number, seconds: number): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: target.headers,
        body: target.body,
        connections,
        duration: seconds,
        pipelining: 1,
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) return reject(error)
        resolve({
          requests: result.requests.total,
          seconds: result.duration || seconds,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          meanLatencyMs: result.latency.mean,
          bytes: result.throughput.total,
        })
      },
    )
  })
}

process.on('message', async (command: Command) => {
  try {
    const result =
      command.op === 'sequential'
        ? await sequential(command.target, command.count)
        : await cannon(command.target, command.connections, command.seconds)
    process.send?.({ id: command.id, result })
  } catch (error) {
    process.send?.({ id: command.id, error: (error as Error).stack ?? String(error) })
  }
})

process.send?.({ ready: true })
