// A server as main.ts builds it — one logger and one metrics registry shared by the yoga and the HTTP
// server — listening on an ephemeral port, with every line it logs kept for the test to read.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAppServer, type AppServerOptions } from '../../server/src/app.ts'
import { createLogger } from '../../server/src/errors/request-log.ts'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import { createMetrics } from '../../server/src/observe/metrics.ts'
import { readinessCheck } from '../../server/src/observe/readiness.ts'
import { buildYoga } from '../../server/src/yoga.ts'

export interface LogLine extends Record<string, unknown> {
  level: number
  msg: string
}

export interface ObservedServer {
  base: string
  /** The log as written, line by line, parsed. */
  lines: LogLine[]
  /** The log as written, to search for what must never be in it. */
  text(): string
  metrics: ReturnType<typeof createMetrics>
  server: Server
  close(): Promise<void>
}

export async function startObservedServer(
  prisma: PrismaClient,
  options: Omit<AppServerOptions, 'logger' | 'metrics'> = {},
): Promise<ObservedServer> {
  const raw: string[] = []
  const lines: LogLine[] = []
  const logger = createLogger(
    {
      write(line) {
        raw.push(line)
        lines.push(JSON.parse(line) as LogLine)
      },
    },
    'debug',
  )
  const metrics = createMetrics()
  const yoga = buildYoga({ prisma, logger, metrics })
  const server = createAppServer(yoga, '/nonexistent-client', {
    readiness: readinessCheck(prisma),
    ...options,
    logger,
    metrics,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    lines,
    text: () => raw.join(''),
    metrics,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A GraphQL request over HTTP, as a browser sends it (cookie and headers its own). */
export async function postGraphQL(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: { message: string; extensions?: Record<string, unknown> }[]
  }
  return { response, body }
}
