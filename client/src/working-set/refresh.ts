// Keeps the signed-in user's working set (server: schema/working-set.ts) in graphcache's saved cache, so that
// every project of theirs opens offline with its timeline. Incremental: only the projects changed since the
// last refresh, and those not yet on the phone; a full refresh once a county day, since the lights and
// deadlines move with the clock. One refresh at a time; a call during one runs once more after it.
import { client, afterHydration } from '../urql/client.ts'
import { online } from '../network.ts'
import { user } from '../session/session.ts'
import { countyParts } from '../format.ts'
import { projectsPerRequest, WorkingSetProjectsQuery, WorkingSetQuery } from './documents.ts'
import { loadState, saveState, type WorkingSetState } from './state.ts'

export interface RefreshOptions {
  /** Fetch every project of the set again, not only the changed ones. */
  full?: boolean
  /** Between two pages, let the user's own requests go first (the background refresher). */
  yieldBetween?: () => Promise<void>
}

const fullEvery = 12 * 60 * 60 * 1000

function needsFull(state: WorkingSetState | null, now: number): boolean {
  if (!state) return true
  const day = (time: number) => {
    const { year, month, day } = countyParts(new Date(time))
    return `${year}-${month}-${day}`
  }
  return now - state.fullAt > fullEvery || day(state.fullAt) !== day(now)
}

let running: Promise<boolean> | null = null
let again: RefreshOptions | null = null

/**
 * Brings the phone's working set up to date; resolves true when it finished, false when it could not
 * (offline, signed out, the server unreachable: the next call goes on where this one stopped). Safe to call
 * at any time and often, e.g. on a live event that a project changed.
 */
export function refreshWorkingSet(options: RefreshOptions = {}): Promise<boolean> {
  if (running) {
    again = { ...again, ...options, full: Boolean(again?.full || options.full) }
    return running
  }
  running = refresh(options).finally(() => {
    running = null
    const next = again
    again = null
    if (next) void refreshWorkingSet(next)
  })
  return running
}

async function refresh(options: RefreshOptions): Promise<boolean> {
  await afterHydration()
  const me = user()
  if (!me || !online()) return false
  const saved = loadState(me.id)
  const startedAt = Date.now()
  const full = Boolean(options.full) || needsFull(saved, startedAt)
  const answer = await client
    .query(WorkingSetQuery, { changedSince: full ? null : saved!.asOf }, { requestPolicy: 'network-only' })
    .toPromise()
  const set = answer.data?.workingSet
  if (!set || user()?.id !== me.id) return false
  const inSet = new Set(set.projectIds)
  const wanted = new Set([...set.changedProjectIds, ...(saved?.pending ?? [])])
  const held = new Set(full ? [] : (saved?.ids ?? []))
  for (const id of set.projectIds) if (!held.has(id)) wanted.add(id)
  const state: WorkingSetState = {
    userId: me.id,
    asOf: set.asOf,
    fullAt: full ? startedAt : saved!.fullAt,
    doneAt: null,
    ids: set.projectIds,
    pending: set.projectIds.filter((id) => wanted.has(id) && inSet.has(id)),
    truncated: set.truncated,
  }
  saveState(state)
  while (state.pending.length) {
    if (!online() || user()?.id !== me.id) return false
    const ids = state.pending.slice(0, projectsPerRequest)
    const page = await client.query(WorkingSetProjectsQuery, { ids }, { requestPolicy: 'network-only' }).toPromise()
    if (!page.data || page.error) return false
    state.pending = state.pending.slice(ids.length)
    saveState({ ...state })
    await options.yieldBetween?.()
  }
  saveState({ ...state, doneAt: Date.now() })
  return true
}
