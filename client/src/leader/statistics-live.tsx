// The statistics sections, live: one stream for the whole page (a stream per section would hold eight
// connections), and each section reads again when the figures may have changed. Writes that move the figures
// come in bursts (an import, a busy morning), so the page reads once a few seconds after the first of them.
import { createContext, createEffect, createSignal, on, onCleanup, useContext, type ParentProps } from 'solid-js'
import type { AnyVariables, TypedDocumentNode } from '@urql/core'
import { createLive } from '../live/live.ts'
import { StatisticsChanged } from '../live/subscriptions.ts'
import { createRead, type ReadOptions } from '../urql/read.ts'
// The sections' keyless types, declared before their first query (as data.ts does for the other screens).
import './cache-keys.ts'

/** How long the figures wait after a change for more before being read again. */
const rereadAfterMs = 3000

/** Calls `reread` at most once per `rereadAfterMs`, after the statistics changed (or the stream came back). */
export function onStatisticsChanged(reread: () => void) {
  let pending: ReturnType<typeof setTimeout> | undefined
  createLive(
    StatisticsChanged,
    () => ({}),
    () => {
      pending ??= setTimeout(() => {
        pending = undefined
        reread()
      }, rereadAfterMs)
    },
  )
  onCleanup(() => clearTimeout(pending))
}

const Changes = createContext<() => number>(() => 0)

/** Listens for the sections inside it. */
export function LiveStatistics(props: ParentProps) {
  const [changes, setChanges] = createSignal(0)
  onStatisticsChanged(() => setChanges((count) => count + 1))
  return <Changes.Provider value={changes}>{props.children}</Changes.Provider>
}

/** A section's read, asked again from the server whenever the LiveStatistics around it hears a change. */
export function createStatisticsRead<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  options: ReadOptions<Variables>,
) {
  const read = createRead(query, options as never)
  const changes = useContext(Changes)
  createEffect(on(changes, () => read.refetch({ requestPolicy: 'network-only' }), { defer: true }))
  return read
}
