// The working set follows the live screens: an event of the board, a project's timeline or a queue that names
// a project of the set (or asks for a re-read) refreshes the set, which fetches only what changed since its
// last refresh. Hooked once into createLive's event callback rather than given a stream of its own: the
// screens already listen to these topics, so a phone opens no extra connection and hears of exactly the
// projects its user is looking at. A notice (the bell's stream, on every screen) refreshes it too: a project
// handed to the user, or a follow-up they were added to, joins the set within seconds, not at the next
// 15-minute background refresh.
// The refresher itself is imported when needed: the bell (every screen) reaches this file, and the refresher
// stays out of the first screen's JS (app.tsx loads it after sign-in).
import { user } from '../session/session.ts'
import { uuidOfGlobalId } from '../staff/global-id.ts'
import { loadState } from './state.ts'

type Change = { ids: readonly string[]; reread: boolean } | undefined

/** Called with each live event's data (live/live.ts); resolves true when it refreshed the set. */
export async function followLiveEvent(data: unknown): Promise<boolean> {
  const me = user()
  if (!me || typeof data !== 'object' || data === null) return false
  const state = loadState(me.id)
  // Before the first refresh there is no set to keep current: the background refresh makes it.
  if (!state) return false
  const held = new Set(state.ids)
  const event = data as Record<string, Change>
  const projects = event.boardChanged ?? event.projectTimelineChanged
  const namesHeld = (change: NonNullable<Change>) =>
    change.reread || change.ids.some((id) => held.has(uuidOfGlobalId(id, 'Project') ?? ''))
  // A queue's event names requests, not their projects: the refresh asks the server which projects changed.
  const touches =
    event.inboxChanged !== undefined ||
    event.supportRequestsChanged !== undefined ||
    (projects !== undefined && namesHeld(projects))
  if (!touches) return false
  const [{ savingData }, { refreshWorkingSet }] = await Promise.all([import('./background.ts'), import('./refresh.ts')])
  if (savingData()) return false
  void refreshWorkingSet()
  return true
}
