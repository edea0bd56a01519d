// A user's working set: the projects their phone keeps readable offline. Which projects, in which order of
// importance, and what a full set leaves out first. No database here: the schema reads the candidates.

/** The bounds of a phone's working set, so that a heavy user's set still fits a phone and a 3G refill. */
export const workingSetLimits = {
  /** Projects kept at most; past it the least important are left out (`chooseWorkingSet`). */
  projects: 300,
  /** Follow-ups kept per project: the project screen's timeline shows the newest 20 (StaffTimeline). */
  activitiesPerProject: 20,
  /** Support requests kept per project: the project screen lists the newest 20. */
  supportRequestsPerProject: 20,
  /** Projects sent in one answer of `workingSetProjects`: about 60 KB of JSON with full timelines. */
  projectsPerRequest: 25,
} as const

/**
 * Writes that started before a refresh but committed after it carry an `updatedAt` before its time: the
 * next "changed since" looks back this much further, so they are not missed.
 */
export const changedSinceMargin = 60_000

export interface WorkingSetCandidate {
  id: string
  status: 'ACTIVE' | 'ON_HOLD' | 'LOST'
  /** Owned or followed by the user (else: a project of their unit due for a follow-up this week). */
  mine: boolean
  lastActivityAt: Date | null
  updatedAt: Date
  nextFollowUpAt: Date | null
}

/** 0 is kept first: my active projects, then my unit's due this week, then my paused, then my lost ones. */
function tier(candidate: WorkingSetCandidate): number {
  if (!candidate.mine) return 1
  return { ACTIVE: 0, ON_HOLD: 2, LOST: 3 }[candidate.status]
}

const time = (date: Date | null, missing: number) => date?.getTime() ?? missing

/**
 * Within a tier: the latest follow-up first (then the latest edit), as `mineOrder` sorts in SQL; the unit's
 * due projects, the soonest due first.
 */
function compare(a: WorkingSetCandidate, b: WorkingSetCandidate): number {
  const byTier = tier(a) - tier(b)
  if (byTier !== 0) return byTier
  if (tier(a) === 1) {
    const due = time(a.nextFollowUpAt, Infinity) - time(b.nextFollowUpAt, Infinity)
    if (due) return due
  }
  return (
    time(b.lastActivityAt, -Infinity) - time(a.lastActivityAt, -Infinity) ||
    b.updatedAt.getTime() - a.updatedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/**
 * The set's project ids, most important first, at most `limit`; a project both mine and due counts as mine.
 * Left out first when over the limit: my lost, then my paused projects (the longest untouched first), then my
 * unit's due projects (the latest due first), then my active projects (the longest untouched first).
 */
export function chooseWorkingSet(
  candidates: readonly WorkingSetCandidate[],
  limit: number = workingSetLimits.projects,
): { ids: string[]; truncated: boolean } {
  const byId = new Map<string, WorkingSetCandidate>()
  for (const candidate of candidates) {
    const known = byId.get(candidate.id)
    if (!known || (candidate.mine && !known.mine)) byId.set(candidate.id, candidate)
  }
  const ordered = [...byId.values()].sort(compare)
  return { ids: ordered.slice(0, limit).map((candidate) => candidate.id), truncated: ordered.length > limit }
}
