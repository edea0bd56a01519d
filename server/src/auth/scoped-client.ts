// The Prisma client a request reads through: every read of a model, and every list of it reached through a
// relation (include, select, _count), gets the model's rule from read-rules.ts ANDed in. Pothos loads
// relations either inside the parent's query or by a findUniqueOrThrow on the parent with a nested select:
// both pass through here, so a relation field needs no filter of its own (scoped-selection.ts).
import { AsyncLocalStorage } from 'node:async_hooks'
import type { SessionUser } from '../context.ts'
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { readScope } from './read-rules.ts'
import { and, scopeSelection, type Where } from './scoped-selection.ts'

type Args = Record<string, unknown>

const readOperations = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
])

const acrossUnits = new AsyncLocalStorage<true>()

/**
 * Runs `read` on the whole database though it goes through a request's client: for the checks that must
 * see other units' rows to refuse a write (a talent another unit already follows), never to show them.
 */
export async function readingAcrossUnits<T>(read: () => PromiseLike<T>): Promise<T> {
  return acrossUnits.run(true, async () => await read())
}

/** The request's client: `prisma` with `user`'s read rules. Its types are the client's own. */
export function scopedClient(prisma: PrismaClient, user: SessionUser | null): PrismaClient {
  const scopes = new Map<string, Where | null>()
  const scopeOf = (model: Prisma.ModelName) => {
    if (!scopes.has(model)) scopes.set(model, readScope(model, user))
    return scopes.get(model)!
  }
  const extended = prisma.$extends({
    name: 'read-rules',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (acrossUnits.getStore()) return query(args)
          const scoped = { ...(args as Args) }
          scopeSelection(model, scoped, scopeOf)
          if (readOperations.has(operation)) {
            const scope = scopeOf(model as Prisma.ModelName)
            if (scope) scoped.where = and(scoped.where, scope)
          }
          return query(scoped as typeof args)
        },
      },
    },
  })
  // A query extension changes what a call reads, not its types.
  return extended as unknown as PrismaClient
}
