// Which write goes next: the oldest, unless an earlier write of the same record failed.
import type { OutboxEntry } from './types.ts'

/**
 * The oldest pending entry that is not waiting behind a failed write of the same record.
 * Unrelated writes go on past a failure, so one bad lead does not hold up the rest.
 */
export function nextSendable(entries: OutboxEntry[]): OutboxEntry | undefined {
  return sendable(entries, 1)[0]
}

/**
 * The next `max` entries that may go, oldest first: pending and not waiting behind a failed write of the
 * same record. Sent in one request they run in this order and stop at the first that fails, so a write
 * behind one that fails in the same request is not run either.
 */
export function sendable(entries: OutboxEntry[], max: number): OutboxEntry[] {
  const sorted = entries.slice().sort((a, b) => a.seq - b.seq)
  const blocked = new Set<string>()
  const chosen: OutboxEntry[] = []
  for (const entry of sorted) {
    if (chosen.length >= max) break
    const waits = entry.recordIds.some((id) => blocked.has(id))
    if (entry.status === 'failed' || waits) for (const id of entry.recordIds) blocked.add(id)
    else chosen.push(entry)
  }
  return chosen
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
