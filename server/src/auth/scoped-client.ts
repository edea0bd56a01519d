// The Prisma client a request reads through: every read of a model, and every list of it reached through a
// relation (include, select, _count), gets the model's rule from read-rules.ts ANDed in. Pothos loads
// relations either inside the parent's query or by a findUniqueOrThrow on the parent with a nested select:
// both pass through here, so a relation field needs no filter of its own (scoped-selection.ts). Writes that
// choose rows by `where` meet the same rule (scoped-writes.ts).
import { AsyncLocalStorage } from 'node:async_hooks'
import type { SessionUser } from '../context.ts'
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { readScope, readsEverything } from './read-rules.ts'
import { and, scopeSelection, type Where } from './scoped-selection.ts'
import { filteredWrites, notFoundWhenOutOfReach, oneRowWrites, refuseNestedChanges } from './scoped-writes.ts'

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

/**
 * Runs `write` on the whole database though it goes through a request's client: for a write whose own checks
 * allowed it and which must then reach rows the writer cannot read (a merge moves every record of the merged
 * talent, another unit's included). Without it, such rows are out of the write's reach (scoped-writes.ts).
 */
export async function writingAcrossUnits<T>(write: () => PromiseLike<T>): Promise<T> {
  return acrossUnits.run(true, async () => await write())
}

/** `prisma` with `user`'s read rules, built anew: a request gets its client from readerClients. */
export function scopedClient(prisma: PrismaClient, user: SessionUser | null): PrismaClient {
  const scopes = new Map<string, Where | null>()
  const scopeOf = (model: Prisma.ModelName) => {
    if (!scopes.has(model)) scopes.set(model, readScope(model, user))
    return scopes.get(model)!
  }
  const filtersSomething = !readsEverything(user)
  const extended = prisma.$extends({
    name: 'read-rules',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (acrossUnits.getStore()) return query(args)
          const scoped = { ...(args as Args) }
          scopeSelection(model, scoped, scopeOf)
          const scope = scopeOf(model as Prisma.ModelName)
          const filtered = scope && (readOperations.has(operation) || filteredWrites.has(operation))
          if (filtered) scoped.where = and(scoped.where, scope)
          if (filtersSomething) refuseNestedChanges(model, operation, scoped)
          const answer = query(scoped as typeof args)
          return filtered && oneRowWrites.has(operation) ? notFoundWhenOutOfReach(answer) : answer
        },
      },
    },
  })
  // A query extension changes what a call reads, not its types.
  return extended as unknown as PrismaClient
}

/**
 * The request's client for each reader of `prisma` (`context.prisma`), built the first time that reader asks
 * and kept: building one per request cost about as much again as the extension itself (bench/README.md). The
 * client's rules are read-rules.ts applied to the reader, so it is kept under every field of the reader (a rule
 * reads nothing else), and one reader's client never serves another. A reader whose rules all read "every row"
 * (ADMIN) gets `prisma` itself: everything the extension does (filters, refusals) is for a rule that filters, so
 * with none it changes nothing; a rule that one day filters for ADMIN too (a county) ends that by itself.
 */
export function readerClients(prisma: PrismaClient, keep = 500): (user: SessionUser | null) => PrismaClient {
  const clients = new Map<string, PrismaClient>()
  return (user) => {
    const key = user === null ? '' : JSON.stringify(Object.entries(user).sort(([a], [b]) => (a < b ? -1 : 1)))
    const kept = clients.get(key)
    if (kept) {
      // The most recently used last, so the oldest goes first when the map is full.
      clients.delete(key)
      clients.set(key, kept)
      return kept
    }
    const client = readsEverything(user) ? prisma : scopedClient(prisma, user)
    if (clients.size >= keep) clients.delete(clients.keys().next().value!)
    clients.set(key, client)
    return client
  }
}
