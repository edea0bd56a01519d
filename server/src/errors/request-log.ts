// The server's log: JSON lines (pino) on standard output — an access line per request (observe/access-log.ts,
// observe/http-access.ts) and one per unexpected error, each with the request's id, so a user's phone call
// ("请求编号 …") finds its lines. Tests hand in their own logger.
import { randomUUID } from 'node:crypto'
import { GraphQLError } from 'graphql'
import { pino, type Logger } from 'pino'
import type { YogaLogger } from 'graphql-yoga'

export type { Logger }

/** To standard output, or to `destination` (tests read the lines they cause), from LOG_LEVEL up. */
export function createLogger(destination?: { write(line: string): void }, level = process.env.LOG_LEVEL): Logger {
  const options = { level: level || 'info' }
  return destination ? pino(options, destination) : pino(options)
}

/** Set by a reverse proxy or the client to follow one request through several logs. */
export const REQUEST_ID_HEADER = 'x-request-id'

/** The caller's request id when it is a sane token, else a new one. */
export function requestIdFor(request: Request): string {
  return givenRequestId(request.headers.get(REQUEST_ID_HEADER)) ?? randomUUID()
}

/** A request id a proxy or client set, when it is a short token (never free text into the log). */
export function givenRequestId(header: string | string[] | null | undefined): string | null {
  return typeof header === 'string' && /^[\w.:-]{1,64}$/.test(header) ? header : null
}

/**
 * Yoga's own messages go to the same log, but not the errors it masks: each of those reaches a response,
 * where useCodedErrors logs it once, with the request's id.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const child = logger.child({ component: 'yoga' })
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args
      if (first instanceof GraphQLError) return
      if (first instanceof Error) child[level]({ err: first }, first.message)
      else child[level]({ details: rest.length ? rest : undefined }, String(first))
    }
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}
