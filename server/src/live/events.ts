// What the database's triggers announce (migration `live_events`): ids and units, never data. Unknown or
// malformed payloads are dropped: the bus must not fail on a notification someone sent by hand.

/** p: projects and what hangs on them; r: support requests; s: a unit's figures; a: accounts; n: a user's inbox. */
export type LiveEventKind = 'p' | 'r' | 's' | 'a' | 'n'

export interface LiveEvent {
  kind: LiveEventKind
  /** The rows concerned (database ids), or null: too many to name, re-read whatever `units` may cover. */
  ids: string[] | null
  /** Units concerned (the projects' units, the requests' departments), or null: any unit. */
  units: string[] | null
  /** Support requests: their projects (null: too many). */
  projects: string[] | null
}

const kinds = new Set<string>(['p', 'r', 's', 'a', 'n'])

const strings = (value: unknown): string[] | null =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : null

export function parseLiveEvent(payload: string): LiveEvent | null {
  let raw: unknown
  try {
    raw = JSON.parse(payload)
  } catch {
    return null
  }
  if (typeof raw !== 'object' || raw === null) return null
  const { k, ids, u, p } = raw as Record<string, unknown>
  if (typeof k !== 'string' || !kinds.has(k)) return null
  return { kind: k as LiveEventKind, ids: strings(ids), units: strings(u), projects: strings(p) }
}

/** Whether an event with these units may concern `unitId` (null units: any unit). */
export const coversUnit = (event: LiveEvent, unitId: string) => event.units === null || event.units.includes(unitId)
