// What the user's own unsynced writes change on a record, read from the outbox, so that the screens show it
// at once (marked 未同步) and a second write of the same record names the version the first will leave.
import type { OutboxEntry } from '../outbox/types.ts'
import type { Stage } from '../graphql.ts'
import { stages } from '../labels.ts'

export function inputOf(entry: OutboxEntry): Record<string, unknown> | null {
  const input = entry.variables.input
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : null
}

/**
 * The version a new write of `recordId` must name: the one last read, plus one for each queued write of the
 * same record that names a version (the server bumps a record's version by one on each such write).
 */
export function nextVersion(recordId: string, readVersion: number, entries: readonly OutboxEntry[]): number {
  const queued = entries.filter((entry) => {
    const input = inputOf(entry)
    return input?.id === recordId && typeof input.version === 'number'
  })
  return readVersion + queued.length
}

export interface Pending<T> {
  value: T
  entry: OutboxEntry
}

/** The latest queued value of `pick` per record id, from whichever screen queued it. */
function latestBy<T>(
  entries: readonly OutboxEntry[],
  pick: (input: Record<string, unknown>, entry: OutboxEntry) => T | undefined,
) {
  const found = new Map<string, Pending<T>>()
  for (const entry of entries) {
    const input = inputOf(entry)
    if (!input || typeof input.id !== 'string') continue
    const value = pick(input, entry)
    if (value !== undefined) found.set(input.id, { value, entry })
  }
  return found
}

const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (stages as readonly string[]).includes(value)

/** Stage moves waiting in the outbox, by project uuid (a move is any write with a stage `to`). */
export function pendingStages(entries: readonly OutboxEntry[]): Map<string, Pending<Stage>> {
  return latestBy(entries, (input) => (isStage(input.to) ? input.to : undefined))
}

/** Owner assignments waiting in the outbox, by project uuid. */
export function pendingOwners(entries: readonly OutboxEntry[]): Map<string, Pending<string>> {
  return latestBy(entries, (input, entry) =>
    entry.operation === 'assignProjectOwner' && typeof input.ownerId === 'string' ? input.ownerId : undefined,
  )
}

/** Follower changes waiting in the outbox for one project: user uuid → following. */
export function pendingFollowers(entries: readonly OutboxEntry[], projectUuid: string): Map<string, Pending<boolean>> {
  const found = new Map<string, Pending<boolean>>()
  for (const entry of entries) {
    const input = inputOf(entry)
    if (entry.operation !== 'setProjectFollower' || input?.id !== projectUuid || typeof input.userId !== 'string')
      continue
    found.set(input.userId, { value: input.following === true, entry })
  }
  return found
}
