// Which write goes next: the oldest, unless an earlier write of the same record failed.
import type { OutboxEntry } from './types.ts'

/**
 * The oldest pending entry that is not waiting behind a failed write of the same record.
 * Unrelated writes go on past a failure, so one bad lead does not hold up the rest.
 */
export function nextSendable(entries: OutboxEntry[]): OutboxEntry | undefined {
  return entries
    .slice()
    .sort((a, b) => a.seq - b.seq)
    .find((entry, index, sorted) => entry.status === 'pending' && !isBlocked(entry, sorted.slice(0, index)))
}

/** True when an earlier entry touching one of the same records failed (or is itself blocked). */
export function isBlocked(entry: OutboxEntry, earlier: OutboxEntry[]): boolean {
  const blocked = new Set<string>()
  for (const before of earlier) {
    if (before.status === 'failed' || before.recordIds.some((id) => blocked.has(id))) {
      for (const id of before.recordIds) blocked.add(id)
    }
  }
  return entry.recordIds.some((id) => blocked.has(id))
}
