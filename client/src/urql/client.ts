// The one urql client: graphcache persisted in IndexedDB, queries held back until it has loaded.
import { createSignal } from 'solid-js'
import { Client, fetchExchange } from '@urql/core'
import { offlineExchange } from '@urql/exchange-graphcache'
import { makeDefaultStorage } from '@urql/exchange-graphcache/default-storage'
import { cacheConfig } from './cache.ts'
import { isNetworkFailure } from './errors.ts'
import { rereadOvertakenExchange } from './reread-overtaken.ts'
import { locale } from '../i18n/index.ts'

const [hydrated, setHydrated] = createSignal(false)
let resolveHydration!: () => void
const hydration = new Promise<void>((resolve) => (resolveHydration = resolve))
function finishHydration() {
  setHydrated(true)
  resolveHydration()
}

/**
 * True once the saved cache is loaded. Until then a query's answer would not be persisted (the
 * default storage drops writes made before hydration), so the lists would be empty offline.
 */
export { hydrated }

/** Resolves once `hydrated()` is true: for queries started outside a component (a route's preload). */
export const afterHydration = () => hydration

export const storage = makeDefaultStorage({
  idbName: 'tp-graphcache-v1',
  maxAge: 30,
  onCacheHydrated: finishHydration,
})

// Should IndexedDB never answer (seen in some in-app browsers), run without the saved cache.
setTimeout(finishHydration, 4_000)

export const client = new Client({
  url: '/graphql',
  exchanges: [
    offlineExchange({
      ...cacheConfig,
      storage,
      isOfflineError: (error) => isNetworkFailure(error),
    }),
    rereadOvertakenExchange,
    fetchExchange,
  ],
  requestPolicy: 'cache-and-network',
  // Subscriptions (the live screens, live/live.ts) as GraphQL over SSE through the same fetch, cookie and headers.
  fetchSubscriptions: true,
  fetchOptions: () => fetchOptionsWith({}),
})

/** What every request sends, plus `headers`: an operation's own fetchOptions replace the client's. */
export function fetchOptionsWith(headers: Record<string, string>): RequestInit {
  // The server's CSRF prevention refuses requests without its header (urql sends queries as GET).
  // The chosen language, for the server's messages before sign-in (after it, the account's choice decides).
  return {
    credentials: 'same-origin',
    headers: { 'x-graphql-yoga-csrf': '1', 'accept-language': locale(), ...headers },
  }
}

/** Forgets every cached answer, on disk and in memory: call before a reload when the user changes. */
export async function clearCache(): Promise<void> {
  await storage.clear()
}
