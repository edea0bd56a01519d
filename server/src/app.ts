// One Node process serves /graphql and the built PWA on one port.
import { createServer, type Server } from 'node:http'
import { existsSync } from 'node:fs'
import path from 'node:path'
import sirv from 'sirv'
import type { TalentYoga } from './yoga.ts'
import { clientAddress, trustedProxyHops } from './http/peer-address.ts'
import { pagePolicy, securityHeaders } from './http/security-headers.ts'
import { createLogger, type Logger } from './errors/request-log.ts'
import { logHttpAccess } from './observe/http-access.ts'
import { metricsAllowList } from './observe/metrics-access.ts'
import type { ServerMetrics } from './observe/metrics.ts'
import { probes } from './observe/probes.ts'
import type { Readiness } from './observe/readiness.ts'

/** The shell and the service worker must never be pinned by a cache (in-app browsers cache hard). */
const neverCached = new Set(['/index.html', '/sw.js', '/push-handler.js', '/registerSW.js', '/manifest.webmanifest'])

/**
 * A path without a file extension (`/`, `/today`, `/projects/…`) is answered with index.html (the app's
 * routes), so it is never cached either; hashed assets are kept for a year (a new build has new names).
 */
export function cacheControl(pathname: string): string {
  if (pathname.startsWith('/assets/')) return 'public, max-age=31536000, immutable'
  const isFile = /\.[a-z0-9]+$/i.test(pathname)
  if (!isFile || neverCached.has(pathname) || pathname.endsWith('.html')) return 'no-cache'
  return 'public, max-age=3600'
}

export interface AppServerOptions {
  /** How many reverse proxies stand in front (TRUST_PROXY); their X-Forwarded-For entries are believed. */
  trustProxy?: number
  /** Access lines of the pages, files and probes (GraphQL's are the yoga's); absent: warnings only, as yoga's. */
  logger?: Logger
  /** The yoga's metrics, served at /metrics; no /metrics when absent. */
  metrics?: ServerMetrics
  /** Who may read /metrics (METRICS_ALLOW): addresses and CIDR ranges, loopback by default, `none` for off. */
  metricsAllow?: string
  /** /readyz's question to the database (observe/readiness.ts). */
  readiness?: () => Promise<Readiness>
}

export function createAppServer(yoga: TalentYoga, clientDir: string, options: AppServerOptions = {}): Server {
  const hasClient = existsSync(path.join(clientDir, 'index.html'))
  const trustProxy = options.trustProxy ?? trustedProxyHops(process.env.TRUST_PROXY)
  const policy = pagePolicy(clientDir)
  const logger = options.logger ?? createLogger(undefined, 'warn')
  const probe = probes({
    logger,
    trustProxy,
    readiness: options.readiness,
    metrics: options.metrics,
    metricsAllow: metricsAllowList(options.metricsAllow ?? process.env.METRICS_ALLOW),
  })
  const assets = hasClient
    ? sirv(clientDir, {
        single: true,
        // Look at the disk on each request rather than once at start-up: a new build copied in place must be
        // served at once with its own ETag and length, or phones are told "not modified" and never update.
        dev: true,
        etag: true,
        // The build writes .br and .gz copies of the hashed assets (client/vite.config.ts): sent when accepted.
        brotli: true,
        gzip: true,
        setHeaders(response, pathname) {
          response.setHeader('Cache-Control', cacheControl(pathname))
          response.setHeader('Content-Security-Policy', policy())
        },
      })
    : null

  return createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value)
    const pathname = (request.url ?? '/').split('?')[0] ?? '/'
    const address = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustProxy)
    if (pathname === '/graphql' || pathname.startsWith('/graphql/')) {
      void yoga(request, response, { address })
      return
    }
    logHttpAccess(logger, request, response, pathname, address)
    if (probe(pathname, request, response)) return
    if (!assets) {
      response
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('客户端尚未构建：请运行 pnpm build（The client is not built: run pnpm build.）')
      return
    }
    assets(request, response, () => {
      response.writeHead(404).end()
    })
  })
}
