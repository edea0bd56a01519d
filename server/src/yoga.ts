// Builds the GraphQL server; `main.ts` only listens. Tests call `yoga.fetch(...)` with no port.
import { createYoga, type Plugin } from 'graphql-yoga'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention'
import { EnvelopArmor } from '@escape.tech/graphql-armor'
import type { PrismaClient } from './generated/prisma/client.ts'
import type { Context } from './context.ts'
import { schema } from './schema/index.ts'
import { useChineseInputErrors } from './errors/chinese-input-errors.ts'
import { maskUnexpected, useCodedErrors } from './errors/coded-errors.ts'
import { createLogger, yogaLogger, type Logger } from './errors/request-log.ts'
import { requestRecords } from './errors/request-record.ts'
import { useAccessLog } from './observe/access-log.ts'
import { createMetrics, type ServerMetrics } from './observe/metrics.ts'
import { useRequestLimits } from './limits/use-request-limits.ts'
import {
  clearedSessionCookie,
  hasCookie,
  readCookie,
  resolveSession,
  SESSION_COOKIE,
  sessionCookie,
} from './auth/session.ts'
import { allowedOrigins, corsPolicy } from './http/cors.ts'
import { readerClients } from './auth/scoped-client.ts'
import type { LiveBus } from './live/bus.ts'
import { graphiqlFor, renderOwnGraphiQL, useIntrospectionForAdmins } from './http/introspection.ts'
import { useCompressedAnswers } from './http/compressed-answers.ts'
import { useUnbufferedStreams } from './live/unbuffered.ts'

export interface YogaOptions {
  prisma: PrismaClient
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean
  /** Other origins whose pages may call the API with the user's cookie (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[]
  /**
   * Where access lines and unexpected errors are written (JSON lines). main.ts passes the process's logger;
   * without one (tests, benchmarks) only warnings and errors reach standard output.
   */
  logger?: Logger
  /** Counts requests, errors and writes; served at /metrics by app.ts. A fresh registry when absent. */
  metrics?: ServerMetrics
  /** The live screens' bus (server/src/live/): without one, subscriptions answer UNAVAILABLE. */
  live?: LiveBus
}

/** Set by the phone's outbox on every replayed write: the id of the user who made it. */
export const OUTBOX_OWNER_HEADER = 'x-outbox-owner'

interface ServerContext {
  /** The peer address, set by the Node HTTP listener; tests pass their own. */
  address?: string
}

// Limits on the shape of a request. The cost (records asked for, with the variables' page sizes), page
// sizes and input lengths are read by useRequestLimits: armor's cost limit sees only literal page sizes.
const armor = new EnvelopArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20 },
  costLimit: { enabled: false },
  blockFieldSuggestion: { enabled: true },
})

export function buildYoga(options: YogaOptions) {
  // One session cookie per answer, the last one set wins (a login clears a bad cookie, then sets its own).
  const pendingCookies = new WeakMap<Request, string>()
  const queueCookie = (request: Request, cookie: string) => {
    pendingCookies.set(request, cookie)
  }
  const secure = options.secureCookies ?? false
  const logger = options.logger ?? createLogger(undefined, 'warn')
  const metrics = options.metrics ?? createMetrics()
  const recordOf = requestRecords()
  const readerClient = readerClients(options.prisma)

  const sessionCookies: Plugin = {
    onResponse({ request, response }) {
      const cookie = pendingCookies.get(request)
      if (cookie) response.headers.append('set-cookie', cookie)
    },
  }

  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: graphiqlFor(options.prisma),
    renderGraphiQL: renderOwnGraphiQL,
    cors: corsPolicy(options.corsOrigins ?? allowedOrigins(process.env.CORS_ORIGINS)),
    logging: yogaLogger(logger),
    // Error masking stays on: expected failures are DomainErrors (GraphQLError with a code), the rest are
    // hidden, logged by useCodedErrors with the request's id.
    maskedErrors: { maskError: maskUnexpected, isDev: false },
    plugins: [
      useAccessLog(logger, metrics, recordOf),
      useCodedErrors(logger, recordOf),
      useRequestLimits(),
      ...armor.protect().plugins,
      useCSRFPrevention(),
      useChineseInputErrors(),
      sessionCookies,
      useUnbufferedStreams(),
      useIntrospectionForAdmins(options.prisma),
      useCompressedAnswers(),
    ],
    context: async ({ request, address }): Promise<Context> => {
      const cookies = request.headers.get('cookie')
      const token = readCookie(cookies, SESSION_COOKIE)
      // An unreadable cookie (`tp_session=%zz`) is no session, and the browser is told to drop it. A readable
      // but stale one is left alone: clearing it could race a sign-in answered at the same moment.
      if (!token && hasCookie(cookies, SESSION_COOKIE)) queueCookie(request, clearedSessionCookie(secure))
      const signedIn = await resolveSession(options.prisma, token)
      // A phone's outbox names the user who made the write: under anyone else's session it is not applied
      // (UNAUTHENTICATED), and it waits on the phone for its own user's next sign-in.
      const owner = request.headers.get(OUTBOX_OWNER_HEADER)
      const session = owner && signedIn && !isSameUser(owner, signedIn.user.id) ? null : signedIn
      const user = session?.user ?? null
      return {
        prisma: readerClient(user),
        database: options.prisma,
        user,
        sessionId: session?.sessionId ?? null,
        request,
        address: address ?? 'unknown',
        metrics,
        ...(options.live ? { live: options.live } : {}),
        setSessionCookie: async (token, expiresAt) => queueCookie(request, sessionCookie(token, expiresAt, secure)),
        clearSessionCookie: async () => queueCookie(request, clearedSessionCookie(secure)),
      }
    },
  })
}

/** The phone knows its user by the GraphQL id (User's global id); the database uuid is accepted too. */
function isSameUser(owner: string, userId: string): boolean {
  return owner === userId || owner === encodeGlobalID('User', userId)
}

export type TalentYoga = ReturnType<typeof buildYoga>
