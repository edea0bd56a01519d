// Live screens: a subscription over SSE (urql's fetchExchange speaks GraphQL over SSE when the client has
// `fetchSubscriptions`; no other transport, no new dependency) whose events only say "re-read": the screen
// refetches its own query from the server. Events carry ids, never data, and a phone that was away does not
// replay what it missed: when the stream comes back (online again, the server restarted, the stream ended)
// the screen re-reads once and listens again.
import { onCleanup } from 'solid-js'
import { onEnd, pipe, subscribe } from 'wonka'
import type { AnyVariables, TypedDocumentNode } from '@urql/core'
import { useClient } from '@urql/solid'
import { followLiveEvent } from '../working-set/follow-live.ts'

/** Waits before listening again after a stream ended or failed: quick first, then every 30 s. */
const retryDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000]

/**
 * Listens to `subscription` while the calling component lives; `reread` is called for each change and once
 * after every reconnection (what changed meanwhile was not heard). Silent offline: the screen keeps what it has.
 */
export function createLive<Data, Variables extends AnyVariables>(
  subscription: TypedDocumentNode<Data, Variables>,
  variables: () => Variables | null,
  reread: () => void,
): void {
  // The screen's own client (the app's one, urql/client.ts, with its SSE transport), as its reads use.
  const client = useClient()
  let stop: (() => void) | null = null
  let retry: ReturnType<typeof setTimeout> | null = null
  let failures = 0
  let disposed = false

  const listen = (catchUp: boolean) => {
    stop?.()
    stop = null
    if (retry) clearTimeout(retry)
    retry = null
    const current = variables()
    if (disposed || current === null) return
    if (catchUp) reread()
    let ended = false
    const again = () => {
      if (ended || disposed) return
      ended = true
      const delay = retryDelaysMs[Math.min(failures++, retryDelaysMs.length - 1)]
      retry = setTimeout(() => listen(true), delay)
    }
    const { unsubscribe } = pipe(
      client.subscription(subscription, current, { requestPolicy: 'network-only' }),
      // The server ends a stream when it stops (another process takes over) or the session ended.
      onEnd(again),
      subscribe((result) => {
        if (result.error) return again()
        failures = 0
        reread()
        void followLiveEvent(result.data)
      }),
    )
    stop = () => {
      ended = true
      unsubscribe()
    }
  }

  const online = () => listen(true)
  const visible = () => {
    if (document.visibilityState === 'visible' && failures > 0) listen(true)
  }
  window.addEventListener('online', online)
  document.addEventListener('visibilitychange', visible)
  listen(false)
  onCleanup(() => {
    disposed = true
    window.removeEventListener('online', online)
    document.removeEventListener('visibilitychange', visible)
    stop?.()
    if (retry) clearTimeout(retry)
  })
}
