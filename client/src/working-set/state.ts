// What this phone holds of its user's working set, kept in localStorage beside the cache it describes: the
// server's time of the last refresh (the next one asks what changed since), the set's ids, and those still
// to fetch, so that a refresh cut off by the signal goes on where it stopped.
import { createSignal } from 'solid-js'

export interface WorkingSetState {
  userId: string
  /** The server's `asOf` of the last refresh: the next one's `changedSince`. */
  asOf: string
  /** When the last full refresh began (the lights and deadlines move with the days): ms since 1970. */
  fullAt: number
  /** When the last refresh finished fetching, ms since 1970; null while one is under way or cut off. */
  doneAt: number | null
  ids: string[]
  /** Ids of the set whose latest data is not yet on the phone. */
  pending: string[]
  truncated: boolean
}

export const stateKey = 'tp.workingSet'

export function loadState(userId: string): WorkingSetState | null {
  try {
    const saved = JSON.parse(localStorage.getItem(stateKey) ?? 'null') as WorkingSetState | null
    return saved?.userId === userId ? saved : null
  } catch {
    return null
  }
}

const [current, setCurrent] = createSignal<WorkingSetState | null>(null)

/** The state as the indicator shows it. */
export { current as workingSetState }

export function saveState(state: WorkingSetState): void {
  setCurrent(state)
  try {
    localStorage.setItem(stateKey, JSON.stringify(state))
  } catch {
    // Without localStorage the next refresh is a full one: slower, never wrong.
  }
}

export function showSaved(userId: string): void {
  setCurrent(loadState(userId))
}

/** On sign-out, with the cache it describes. */
export function forgetState(): void {
  setCurrent(null)
  localStorage.removeItem(stateKey)
}
