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
import { useRequestLimits } from './limits/use-request-limits.ts'
import { clearedSessionCookie, readCookie, resolveSession, SESSION_COOKIE, sessionCookie } from './auth/session.ts'

export interface YogaOptions {
  prisma: PrismaClient
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean
  /** Where unexpected errors are written (JSON lines); tests pass their own. */
  logger?: Logger
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
  const pendingCookies = new WeakMap<Request, string[]>()
  const queueCookie = (request: Request, cookie: string) => {
    pendingCookies.set(request, [...(pendingCookies.get(request) ?? []), cookie])
  }
  const secure = options.secureCookies ?? false
  const logger = options.logger ?? createLogger()

  const sessionCookies: Plugin = {
    onResponse({ request, response }) {
      for (const cookie of pendingCookies.get(request) ?? []) response.headers.append('set-cookie', cookie)
    },
  }

  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: process.env.NODE_ENV !== 'production',
    logging: yogaLogger(logger),
    // Error masking stays on: expected failures are DomainErrors (GraphQLError with a code), the rest are
    // hidden, logged by useCodedErrors with the request's id.
    maskedErrors: { maskError: maskUnexpected, isDev: false },
    plugins: [useCodedErrors(logger), useRequestLimits(), ...armor.protect().plugins, useCSRFPrevention(), useChineseInputErrors(), sessionCookies],
    context: async ({ request, address }): Promise<Context> => {
      const signedIn = await resolveSession(options.prisma, readCookie(request.headers.get('cookie'), SESSION_COOKIE))
      // A phone's outbox names the user who made the write: under anyone else's session it is not applied
      // (UNAUTHENTICATED), and it waits on the phone for its own user's next sign-in.
      const owner = request.headers.get(OUTBOX_OWNER_HEADER)
      const session = owner && signedIn && !isSameUser(owner, signedIn.user.id) ? null : signedIn
      return {
        prisma: options.prisma,
        user: session?.user ?? null,
        sessionId: session?.sessionId ?? null,
        request,
        address: address ?? 'unknown',
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
