// Deny by default: a root field or a type without an auth rule is a hole, so the schema itself is checked.
import { describe, expect, it } from 'vitest'
import { isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql'
import { schema } from '../../server/src/schema/index.ts'

const hasRule = (extensions: unknown) =>
  (extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes !== undefined

// Only reachable through a field that has its own rule, and holding nothing of their own.
const wrappers = (type: GraphQLObjectType) =>
  ['Query', 'Mutation', 'Subscription', 'PageInfo'].includes(type.name) || /(Connection|Edge)$/.test(type.name)

describe('every entry point carries an auth rule', () => {
  const roots = {
    Query: schema.getQueryType(),
    Mutation: schema.getMutationType(),
    Subscription: schema.getSubscriptionType(),
  }
  it.each(['Query', 'Mutation', 'Subscription'] as const)('%s fields', (root) => {
    const fields = Object.values(roots[root]!.getFields())
    const open = fields
      .filter((field: GraphQLField<unknown, unknown>) => !hasRule(field.extensions))
      .map((field) => field.name)
    expect(fields.length).toBeGreaterThan(0)
    expect(open).toEqual([])
  })

  it('object types', () => {
    const types = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
    )
    const open = types.filter((type) => !wrappers(type) && !hasRule(type.extensions)).map((type) => type.name)
    expect(open).toEqual([])
  })
})
