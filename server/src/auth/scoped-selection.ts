// The relations a query reaches through `include`, `select` and `_count`, each list given its model's rule:
// how the request's client (scoped-client.ts) filters what Pothos loads inside the parent's query. Relations
// to one row cannot be filtered by Prisma; read-rules.ts says for each why showing it is safe.
import type { Prisma } from '../generated/prisma/client.ts'
import { getDatamodel } from '../generated/pothos-types.ts'
import { relationRules } from './read-rules.ts'

export type Where = Record<string, unknown>
type Args = Record<string, unknown>
type Relation = { target: Prisma.ModelName; isList: boolean; implied: boolean }
/** A model's rule for the request's reader, or null when it filters nothing. */
export type ScopeOf = (model: Prisma.ModelName) => Where | null

/** Each model's relations, by field name, from the generated datamodel. */
export const relations: Map<string, Map<string, Relation>> = new Map(
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

/** `where` AND `scope`, keeping `where`'s own AND. */
export const and = (where: unknown, scope: Where): Where => {
  if (!where) return scope
  const existing = where as Where
  const earlier = existing.AND === undefined ? [] : Array.isArray(existing.AND) ? existing.AND : [existing.AND]
  return { ...existing, AND: [...earlier, scope] }
}

/** Replaces, on `args` itself (a copy), its include and select with scoped ones. */
export function scopeSelection(model: string, args: Args, scopeOf: ScopeOf): void {
  for (const key of ['include', 'select'] as const) {
    const selection = args[key] as Args | undefined
    if (!selection || typeof selection !== 'object') continue
    const rewritten: Args = {}
    for (const [field, value] of Object.entries(selection)) {
      const relation = relations.get(model)?.get(field)
      if (field === '_count' && value) rewritten[field] = countArgs(model, value, scopeOf)
      else rewritten[field] = relation ? relationArgs(relation, value, scopeOf) : value
    }
    args[key] = rewritten
  }
}

function relationArgs(relation: Relation, value: unknown, scopeOf: ScopeOf): unknown {
  if (value === false || value === undefined) return value
  const nested = (value === true ? {} : { ...(value as Args) }) as Args
  if (relation.isList && !relation.implied) {
    const scope = scopeOf(relation.target)
    if (scope) nested.where = and(nested.where, scope)
  }
  scopeSelection(relation.target, nested, scopeOf)
  return value === true && Object.keys(nested).length === 0 ? true : nested
}

function countArgs(model: string, value: unknown, scopeOf: ScopeOf): unknown {
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
