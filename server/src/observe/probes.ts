// The doors an operator's tools knock at: /healthz (the process answers), /readyz (it can serve: the database
// answers and is migrated) and /metrics (Prometheus, only from METRICS_ALLOW).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { BlockList } from 'node:net'
import type { Logger } from '../errors/request-log.ts'
import { clientAddress } from '../http/peer-address.ts'
import { isAllowedAddress } from './metrics-access.ts'
import type { ServerMetrics } from './metrics.ts'
import type { Readiness } from './readiness.ts'

export interface ProbeOptions {
  logger: Logger
  trustProxy: number
  /** Absent: /readyz answers as /healthz does (a server built without a database check, in tests). */
  readiness?: (() => Promise<Readiness>) | undefined
  /** Absent: no /metrics. */
  metrics?: ServerMetrics | undefined
  /** Who may read /metrics; null turns it off. */
  metricsAllow: BlockList | null
}

const text = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }

/** Answers the request when it is for a probe; false leaves it to the caller. */
export function probes(options: ProbeOptions) {
  let wasReady = true
  const noteReadiness = (state: Readiness) => {
    // Logged when it changes, not at every probe: a load balancer asks every few seconds.
    if (state.ready && !wasReady) options.logger.info('ready again: the database answers and is migrated')
    if (!state.ready && wasReady) options.logger.warn({ reason: state.reason, detail: state.detail }, 'not ready')
    wasReady = state.ready
  }

  return (pathname: string, request: IncomingMessage, response: ServerResponse): boolean => {
    if (pathname === '/healthz') {
      response.writeHead(200, text).end('ok')
      return true
    }
    if (pathname === '/readyz') {
      const check = options.readiness ?? (async (): Promise<Readiness> => ({ ready: true }))
      void check().then((state) => {
        noteReadiness(state)
        if (state.ready) response.writeHead(200, text).end('ready')
        else response.writeHead(503, text).end(`not ready: ${state.reason}`)
      })
      return true
    }
    if (pathname === '/metrics') {
      if (!options.metrics || !options.metricsAllow) {
        response.writeHead(404, text).end('/metrics is off (METRICS_ALLOW=none)')
        return true
      }
      const peer = request.socket.remoteAddress
      const client = clientAddress(peer, request.headers['x-forwarded-for'], options.trustProxy)
      if (!isAllowedAddress(options.metricsAllow, peer) || !isAllowedAddress(options.metricsAllow, client)) {
        response.writeHead(403, text).end(`/metrics is not served to ${client} (METRICS_ALLOW)`)
        return true
      }
      const registry = options.metrics.registry
      registry.metrics().then(
        (body) => response.writeHead(200, { 'content-type': registry.contentType }).end(body),
        (error: unknown) => {
          options.logger.error({ err: error }, 'metrics could not be collected')
          response.writeHead(500, text).end('metrics could not be collected')
        },
      )
      return true
    }
    return false
  }
}
