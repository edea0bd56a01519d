// What every bench server counts and exposes on /__bench/*, beside the page it serves:
//   GET  /__bench/stats  → { statements, byKind, requests, handlerMs, sqlMs, sample }  (since the last reset)
// handlerMs sums, per /graphql request, the time from its arrival to its answer's last byte handed to the
// socket; sqlMs the time the database driver took per statement (as the server's own client saw it).
//   POST /__bench/reset  → clears the counters and keeps the statements of the next request as `sample`
import type { IncomingMessage, ServerResponse } from 'node:http'

type Kind = 'transaction' | 'settings' | 'data'

const counters = {
  statements: 0,
  requests: 0,
  handlerMs: 0,
  sqlMs: 0,
  byKind: { transaction: 0, settings: 0, data: 0 } as Record<Kind, number>,
}
let sample: string[] = []
let sampling = false

function kindOf(sql: string): Kind {
  const text = sql.trim().toLowerCase()
  if (/^(begin|commit|rollback|start transaction|savepoint|release)\b/.test(text)) return 'transaction'
  if (/^(set |reset |select set_config|select pg_catalog\.set_config)/.test(text)) return 'settings'
  return 'data'
}

/** Call for every SQL statement the server sends (with the time it took, when known). */
export function countStatement(sql: string, durationMs = 0) {
  counters.statements++
  counters.sqlMs += durationMs
  counters.byKind[kindOf(sql)]++
  if (sampling) sample.push(sql.replace(/\s+/g, ' ').trim())
}

/** Handles /__bench/*; returns false for any other request. */
export function benchEndpoint(request: IncomingMessage, response: ServerResponse): boolean {
  const path = (request.url ?? '/').split('?')[0]
  if (path === '/graphql') {
    counters.requests++
    const arrived = performance.now()
    response.once('finish', () => {
      counters.handlerMs += performance.now() - arrived
    })
    // The sample is the statements of one request: stop keeping them when the next one arrives.
    if (sampling && counters.requests > 1) sampling = false
    return false
  }
  if (path === '/__bench/stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...counters, sample }))
    return true
  }
  if (path === '/__bench/reset') {
    counters.statements = 0
    counters.requests = 0
    counters.handlerMs = 0
    counters.sqlMs = 0
    counters.byKind = { transaction: 0, settings: 0, data: 0 }
    sample = []
    sampling = true
    response.writeHead(204).end()
    return true
  }
  return false
}

/** Tells the parent process where the server listens. */
export function announce(port: number, extra: Record<string, unknown> = {}) {
  process.send?.({ ready: true, port, ...extra })
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

interface PgClientClass {
  prototype: { query: (...args: unknown[]) => unknown }
}

/**
 * Counts and times every statement a `pg` module's clients send, by wrapping Client#query: the same
 * method for (c) and for (b) (whose Prisma driver adapter sends through `pg` too), so that neither
 * pays for instrumentation the other does not (Prisma's own query event builds an object per statement).
 */
export function countPgStatements(pg: { Client: PgClientClass }) {
  const send = pg.Client.prototype.query
  pg.Client.prototype.query = function countedQuery(this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined
    const text = typeof first === 'string' ? first : (first?.text ?? '')
    const started = performance.now()
    const done = args.at(-1)
    // pg's Pool#query (Prisma's adapter uses it) calls Client#query with a callback; PostGraphile awaits.
    if (typeof done === 'function') {
      args[args.length - 1] = (...answer: unknown[]) => {
        countStatement(text, performance.now() - started)
        return (done as (...a: unknown[]) => unknown)(...answer)
      }
      return send.apply(this, args)
    }
    const result = send.apply(this, args)
    if (result instanceof Promise) return result.finally(() => countStatement(text, performance.now() - started))
    countStatement(text)
    return result
  }
}
