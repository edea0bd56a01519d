// The app's outbox, and the reactive view of it the screens read (the signed-in user's entries).
import { createEffect, createRoot, createSignal, on } from 'solid-js'
import { client } from '../urql/client.ts'
import { online } from '../network.ts'
import { MeQuery, setUser, user } from '../session/session.ts'
import { openOutboxDb } from './db.ts'
import { lazyDb } from './lazy-db.ts'
import { Outbox, browserLock, isBlocked } from './outbox.ts'
import type { BatchOutcome, NewWrite, OutboxEntry } from './types.ts'

export type { OutboxEntry } from './types.ts'

// The sender, with every mutation document the outbox may carry, loads with the first write to send rather
// than with the app (most opens have nothing waiting). A failed load counts as a network failure: kept, retried.
let sender: Promise<(entries: OutboxEntry[]) => Promise<BatchOutcome>> | null = null
async function sendBatch(entries: OutboxEntry[]): Promise<BatchOutcome> {
  sender ??= import('./send.ts')
    .then((module) => module.urqlSender(client))
    .catch((error: unknown) => {
      sender = null
      throw error
    })
  return (await sender)(entries)
}

export const outbox = new Outbox({
  db: lazyDb(openOutboxDb()),
  // Up to 15 writes per request (the server's alias limit); the sender sends fewer if they are larger.
  sendBatch,
  maxBatch: 15,
  currentUserId: () => user()?.id ?? null,
  isOnline: () => navigator.onLine,
  withLock: browserLock,
  // The server no longer knows this session: show the login screen; the entry waits for the same user.
  onUnauthenticated: () => {
    setUser(null)
    void client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise()
  },
})

const [entries, setEntries] = createSignal<OutboxEntry[]>([])
const [sendingSeq, setSendingSeq] = createSignal<number | null>(null)
/** False until the signed-in user's entries were read from IndexedDB: until then "all synced" is not known. */
const [loaded, setLoaded] = createSignal(false)

/** The signed-in user's unsynced writes, oldest first. */
export { entries as outboxEntries, sendingSeq, loaded as outboxLoaded }

export const pendingCount = () => entries().length
export const failedEntries = () => entries().filter((entry) => entry.status === 'failed')
/** A pending entry held back by an earlier failed write of the same record. */
export const isWaiting = (entry: OutboxEntry) =>
  entry.status === 'pending' &&
  isBlocked(
    entry,
    entries().filter((other) => other.seq < entry.seq),
  )

let reading: Promise<void> | null = null
let stale = false

/**
 * Re-reads the user's entries. Reads run one at a time, so an older read can never land after a newer
 * one; changes during a read cause one more read, not one per change (a sync burst makes many).
 */
function refresh(): Promise<void> {
  stale = true
  reading ??= (async () => {
    while (stale) {
      stale = false
      const owner = user()?.id
      setEntries(keepUnchanged(entries(), owner ? await outbox.entries(owner) : []))
      if (owner) setLoaded(true)
    }
  })().finally(() => {
    reading = null
  })
  return reading
}

/**
 * The new list, reusing the previous object of every entry that did not change: the lists keyed by entry
 * (the pending leads, the sync screen) then redraw only what changed, not every card on every read.
 */
function keepUnchanged(before: OutboxEntry[], after: OutboxEntry[]): OutboxEntry[] {
  const previous = new Map(before.map((entry) => [entry.seq, entry]))
  return after.map((entry) => {
    const same = previous.get(entry.seq)
    return same && JSON.stringify(same) === JSON.stringify(entry) ? same : entry
  })
}

export function enqueueWrite(write: NewWrite): Promise<OutboxEntry> {
  return outbox.enqueue(write)
}

let started = false

/** Starts sending: on start-up, when the user or the network changes, and when the page is shown again. */
export function startOutbox() {
  if (started) return
  started = true
  outbox.subscribe(({ sendingSeq: seq }) => {
    setSendingSeq(seq)
    void refresh()
  })
  createRoot(() => {
    createEffect(
      on([() => user()?.id, online], ([id, isOnline]) => {
        void refresh()
        if (id && isOnline) void outbox.wake()
      }),
    )
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void outbox.wake()
  })
}
