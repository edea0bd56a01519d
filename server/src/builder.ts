import SchemaBuilder from '@pothos/core'
import PrismaPlugin from '@pothos/plugin-prisma'
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay'
import ScopeAuthPlugin from '@pothos/plugin-scope-auth'
import ErrorsPlugin from '@pothos/plugin-errors'
import type PrismaTypes from './generated/pothos-types.ts'
import { getDatamodel } from './generated/pothos-types.ts'
import type { Context } from './context.ts'
import type { Role } from './generated/prisma/enums.ts'
import { authScopesFor } from './auth/scopes.ts'
import { DomainError } from './domain/errors.ts'
import { canNameRecord, nullWhenUnreachable } from './auth/node-lookup.ts'

export interface AuthScopes {
  /** Open to anyone, signed in or not: said explicitly, so that no field is public by omission. */
  public: boolean
  signedIn: boolean
  account: boolean
  role: Role[]
}

export const builder = new SchemaBuilder<{
  Context: Context
  PrismaTypes: PrismaTypes
  AuthScopes: AuthScopes
  DefaultFieldNullability: false
  Scalars: {
    DateTime: { Input: Date; Output: Date | string }
    Date: { Input: Date; Output: Date | string }
    Decimal: { Input: string; Output: { toString(): string } | string | number }
  }
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    // Synchronous, and checked once per object (its isTypeOf) rather than once per field: a page of
    // 20 projects with their talents, owners and units is ~100 checks instead of ~300 wrapped resolvers.
    authScopes: (context) => authScopesFor(context.user),
    runScopesOnType: true,
    unauthorizedError: (_parent, context, _info, result) => {
      if (!context.user) return DomainError.unauthenticated()
      if (context.user.mustChangePassword)
        return new DomainError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码，再进行其他操作')
      return DomainError.forbidden(result.message)
    },
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // node(id) resolves through each type's own scoped findUnique; signing in is the first gate.
    nodeQueryOptions: {
      authScopes: { signedIn: true },
      resolve: (_root, { id }, _context, info, resolveNode) =>
        canNameRecord(info.schema, id) ? nullWhenUnreachable(() => resolveNode(id)) : null,
    },
    // One load for all the ids (the resolver Pothos hands over always loads every id of the argument).
    nodesQueryOptions: {
      authScopes: { signedIn: true },
      resolve: async (_root, { ids }, context, info): Promise<unknown[]> => {
        const loadable = ids.map((id) => (canNameRecord(info.schema, id) ? id : null))
        return (
          (await nullWhenUnreachable(() => resolveNodes(relayBuilder(), context, info, loadable))) ??
          ids.map(() => null)
        )
      },
    },
  },
  errors: {
    defaultTypes: [],
  },
})

builder.queryType({})
builder.mutationType({})

/** The builder for Pothos' node loader, typed apart so that the builder's type does not depend on itself. */
function relayBuilder(): Parameters<typeof resolveNodes>[0] {
  return builder as never
}
builder.subscriptionType({})
