// The schema is not published: introspection and GraphiQL answer only in development (NODE_ENV=development)
// or to a signed-in administrator. GraphiQL's code comes from this server (@graphql-yoga/render-graphiql
// inlines it), not from a CDN an intranet cannot reach; it is loaded only when someone opens it.
import { NoSchemaIntrospectionCustomRule } from 'graphql'
import type { GraphiQLOptions, Plugin } from 'graphql-yoga'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { readCookie, resolveSession, SESSION_COOKIE } from '../auth/session.ts'

export async function mayReadSchema(prisma: PrismaClient, request: Request): Promise<boolean> {
  if (process.env.NODE_ENV === 'development') return true
  const session = await resolveSession(prisma, readCookie(request.headers.get('cookie'), SESSION_COOKIE))
  return session?.user.role === 'ADMIN'
}

/** `__schema` or `__type` (not `__typename`, which every client query carries). */
const asksForSchema = /__(?:schema|type)\b/

/** Only a document that introspects costs a look at the session; the rest pass untouched. */
export function useIntrospectionForAdmins(prisma: PrismaClient): Plugin {
  const refused = new WeakSet<Request>()
  return {
    async onParams({ params, request }) {
      if (asksForSchema.test(params.query ?? '') && !(await mayReadSchema(prisma, request))) refused.add(request)
    },
    onValidate({ addValidationRule, context }) {
      if (refused.has((context as { request: Request }).request)) addValidationRule(NoSchemaIntrospectionCustomRule)
    },
  }
}

export function graphiqlFor(prisma: PrismaClient) {
  return async (request: Request): Promise<GraphiQLOptions | boolean> =>
    (await mayReadSchema(prisma, request)) ? { title: '人才项目全周期 · GraphQL' } : false
}

export async function renderOwnGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql')
  return renderGraphiQL(options)
}
