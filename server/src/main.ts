// Starts the whole product: database (embedded PGlite or PostgreSQL), GraphQL API and the PWA, one port.
import { openDatabase, DatabaseOpenError } from './db/open.ts'
import { bootstrapDatabase, BootstrapError } from './db/bootstrap.ts'
import { defaultPgliteDir, clientDistDir } from './db/paths.ts'
import { buildYoga } from './yoga.ts'
import { createAppServer } from './app.ts'
import { allowedOrigins } from './http/cors.ts'
import { trustedProxyHops } from './http/peer-address.ts'
import { gracefulStop } from './http/graceful-stop.ts'
import { escalationJob } from './schema/support-request/escalate-overdue.ts'
import { Scheduler } from './jobs/scheduler.ts'
import { followUpDueJob, noticeRetentionJob } from './schema/notice/notice-jobs.ts'
import { dailyDigestJob } from './schema/notice/digest.ts'
import { registerChannel } from './notify/channels.ts'
import { deliveryJob } from './notify/dispatcher.ts'
import { webhookChannel } from './notify/webhook-channel.ts'
import { webPushChannel } from './notify/web-push/channel.ts'
import { createLogger } from './errors/request-log.ts'
import { createMetrics } from './observe/metrics.ts'
import { watchDatabase } from './observe/database-metrics.ts'
import { readinessCheck } from './observe/readiness.ts'
import { reportStart } from './observe/startup-log.ts'
import { MetricsAllowError } from './observe/metrics-access.ts'
import { LiveBus } from './live/bus.ts'

const port = Number(process.env.PORT ?? 4000)
// Only this machine by default: a server meant for phones on the network is exposed on purpose (HOST=0.0.0.0).
const host = process.env.HOST ?? '127.0.0.1'
/**
 * How often overdue support requests are escalated to the talent office (once per interval however many
 * processes share the database); 0 turns the timer off.
 */
const escalationMinutes = Number(process.env.ESCALATION_MINUTES ?? 15)
/**
 * How often notices due to leave the app (webhook, Web Push) are sent, and failed ones retried; 0 turns the
 * sending off (deliveries are then only queued).
 */
const deliverySeconds = Number(process.env.NOTICE_DELIVERY_SECONDS ?? 60)
/**
 * PostgreSQL cancels any statement of the server's running longer (a request answers QUERY_TIMEOUT);
 * 0 turns it off.
 */
const statementTimeoutSeconds = Number(process.env.STATEMENT_TIMEOUT_SECONDS ?? 10)
/**
 * On SIGTERM or SIGINT the requests already running get this long to finish before their connections are cut
 * (deploy/systemd's TimeoutStopSec leaves room for it and for closing the database).
 */
const shutdownGraceSeconds = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 10)

async function main() {
  const started = performance.now()
  const database = await openDatabase({
    url: process.env.DATABASE_URL,
    dataDir: process.env.PGLITE_DIR ?? defaultPgliteDir,
    statementTimeoutMs: statementTimeoutSeconds * 1000,
  })
  const boot = await bootstrapDatabase(database, process.env)
  // One log (JSON lines on standard output, LOG_LEVEL) and one metrics registry for the whole process.
  const logger = createLogger()
  const metrics = createMetrics({ processMetrics: true })
  await watchDatabase(metrics, database)
  // The live screens' one listening connection for this process (docs/architecture.md, "Live screens").
  const live = await LiveBus.start(database, {
    onError: (error) => logger.error({ err: error }, 'live screens: a change could not be scoped; told to re-read'),
  })
  const yoga = buildYoga({
    live,
    prisma: database.prisma,
    secureCookies: process.env.COOKIE_SECURE === '1',
    corsOrigins: allowedOrigins(process.env.CORS_ORIGINS),
    logger,
    metrics,
  })
  const server = createAppServer(yoga, process.env.CLIENT_DIR ?? clientDistDir, {
    trustProxy: trustedProxyHops(process.env.TRUST_PROXY),
    logger,
    metrics,
    readiness: readinessCheck(database.prisma),
  })
  // The ways out for notices: the office's webhook, and Web Push to the phones that subscribed.
  registerChannel(webhookChannel(database.prisma))
  registerChannel(webPushChannel(database.prisma))
  const jobs = [
    ...(escalationMinutes > 0 ? [escalationJob(database.prisma, escalationMinutes * 60_000)] : []),
    followUpDueJob(database.prisma),
    noticeRetentionJob(database.prisma),
    dailyDigestJob(database.prisma),
    ...(deliverySeconds > 0 ? [deliveryJob(database.prisma, deliverySeconds * 1000)] : []),
  ]
  const stopJobs = new Scheduler(database.prisma, jobs).start()
  const stopServing = gracefulStop(server, shutdownGraceSeconds * 1000)
  server.on('error', (error) => fail(`Cannot listen on ${host}:${port}: ${error.message}. Set PORT to a free port.`))
  server.listen(port, host, () => {
    const db =
      database.kind === 'pglite' ? `embedded PGlite in ${database.location}` : `PostgreSQL ${database.location}`
    const localOnly = host === '127.0.0.1' || host === 'localhost'
    reportStart(logger, {
      url: localOnly ? `http://localhost:${port}` : `http://${host}:${port}`,
      database: db,
      startMs: Math.round(performance.now() - started),
      localOnly,
      appliedMigrations: boot.appliedMigrations,
      createdAdmin: boot.createdAdmin,
      demoAccounts: boot.demoAccounts,
    })
  })
  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    // `npm start` passes its Ctrl-C on, which the terminal sent the server as well: one stop is enough.
    if (stopping) return
    stopping = true
    const began = performance.now()
    console.log(`${signal}: no new connections; finishing the running requests (${shutdownGraceSeconds} s at most)…`)
    stopJobs()
    // An open subscription never finishes by itself: end them first, the phones reconnect to another process.
    await live.close()
    const { drained } = await stopServing()
    if (!drained) console.error(`✖ Requests still running after ${shutdownGraceSeconds} s were cut off.`)
    await database.close().catch((error: unknown) => console.error(error))
    console.log(`Stopped in ${Math.round(performance.now() - began)} ms.`)
    process.exit(0)
  }
  process.on('SIGINT', (signal) => void stop(signal))
  process.on('SIGTERM', (signal) => void stop(signal))
}

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseOpenError || error instanceof BootstrapError || error instanceof MetricsAllowError)
    fail(error.message)
  console.error(error)
  process.exit(1)
})
