// The Prisma client a request reads through: every read of a model, and every list of it reached through a
// relation (include, select, _count), gets the model's rule from read-rules.ts ANDed in. Pothos loads
// relations either inside the parent's query or by a findUniqueOrThrow on the parent with a nested select:
// both pass through here, so a relation field needs no filter of its own. Relations to one row cannot be
// filtered by Prisma; read-rules.ts says for each why showing it is safe.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { SessionUser } from '../context.ts'
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { getDatamodel } from '../generated/pothos-types.ts'
import { readScope, relationRules } from './read-rules.ts'

type Where = Record<string, unknown>
type Args = Record<string, unknown>
type Relation = { target: Prisma.ModelName; isList: boolean; implied: boolean }

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

/** Each model's relations, by field name, from the generated datamodel. */
const relations: Map<string, Map<string, Relation>> = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([model, { fields }]) => [
    model,
    new Map(
      fields
        .filter((field) => field.kind === 'object')
        .map((field) => [
          field.name,
          {
            target: field.type as Prisma.ModelName,
            isList: field.isList,
            implied: relationRules[`${model}.${field.name}`]?.kind === 'implied',
          },
        ]),
    ),
  ]),
)

const acrossUnits = new AsyncLocalStorage<true>()

/**
 * Runs `read` on the whole database though it goes through a request's client: for the checks that must
 * see other units' rows to refuse a write (a talent another unit already follows), never to show them.
 */
export async function readingAcrossUnits<T>(read: () => PromiseLike<T>): Promise<T> {
  return acrossUnits.run(true, async () => await read())
}

const and = (where: unknown, scope: Where): Where => {
  if (!where) return scope
  const existing = where as Where
  const earlier = existing.AND === undefined ? [] : Array.isArray(existing.AND) ? existing.AND : [existing.AND]
  return { ...existing, AND: [...earlier, scope] }
}

/** The request's client: `prisma` with `user`'s read rules. Its types are the client's own. */
export function scopedClient(prisma: PrismaClient, user: SessionUser | null): PrismaClient {
  const scopes = new Map<string, Where | null>()
  const scopeOf = (model: Prisma.ModelName) => {
    if (!scopes.has(model)) scopes.set(model, readScope(model, user))
    return scopes.get(model)!
  }

  const relationArgs = (relation: Relation, value: unknown): unknown => {
    if (value === false || value === undefined) return value
    const nested = (value === true ? {} : { ...(value as Args) }) as Args
    if (relation.isList && !relation.implied) {
      const scope = scopeOf(relation.target)
      if (scope) nested.where = and(nested.where, scope)
    }
    rewriteSelection(relation.target, nested)
    return value === true && Object.keys(nested).length === 0 ? true : nested
  }

  const countArgs = (model: string, value: unknown): unknown => {
    const lists = [...(relations.get(model) ?? [])].filter(([, relation]) => relation.isList)
    const asked =
      value === true
        ? Object.fromEntries(lists.map(([name]) => [name, true]))
        : ((value as { select?: Args }).select ?? {})
    const select = Object.fromEntries(
      Object.entries(asked).map(([name, count]) => {
        const relation = relations.get(model)?.get(name)
        const scope = relation && !relation.implied && count !== false ? scopeOf(relation.target) : null
        if (!scope) return [name, count]
        const counted = count === true ? {} : (count as Args)
        return [name, { ...counted, where: and(counted.where, scope) }]
      }),
    )
    return { select }
  }

  /** Replaces, on `args` itself (a copy), its include and select with scoped ones. */
  function rewriteSelection(model: string, args: Args) {
    for (const key of ['include', 'select'] as const) {
      const selection = args[key] as Args | undefined
      if (!selection || typeof selection !== 'object') continue
      const rewritten: Args = {}
      for (const [field, value] of Object.entries(selection)) {
        const relation = relations.get(model)?.get(field)
        if (field === '_count' && value) rewritten[field] = countArgs(model, value)
        else rewritten[field] = relation ? relationArgs(relation, value) : value
      }
      args[key] = rewritten
    }
  }

  const extended = prisma.$extends({
    name: 'read-rules',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (acrossUnits.getStore()) return query(args)
          const scoped = { ...(args as Args) }
          rewriteSelection(model, scoped)
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
