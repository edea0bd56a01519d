// graphcache's configuration: how entities are keyed, how lists page, and what a mutation changes.
import type { CacheExchangeOpts } from '@urql/exchange-graphcache'
import { relayPagination } from '@urql/exchange-graphcache/extras'

/** Connections, edges and page info belong to the field that holds them: they have no identity. */
const keyless = () => null

export const cacheConfig = {
  keys: {
    ProjectConnection: keyless,
    ProjectEdge: keyless,
    PageInfo: keyless,
  },
  resolvers: {
    Query: {
      projects: relayPagination(),
    },
  },
  updates: {
    Mutation: {
      login(result, _args, cache) {
        const user = (result as { login?: { __typename: string; id: string } }).login
        if (user) cache.link('Query', 'me', cache.keyOfEntity(user))
      },
      logout(_result, _args, cache) {
        cache.link('Query', 'me', null)
      },
      createLead(_result, _args, cache) {
        // The new project belongs at the top of every list it shows in: ask the server again.
        for (const field of cache.inspectFields('Query')) {
          if (field.fieldName === 'projects') cache.invalidate('Query', field.fieldName, field.arguments)
        }
      },
    },
  },
} satisfies Omit<CacheExchangeOpts, 'storage'>
