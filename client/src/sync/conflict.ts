// A write refused because someone else changed the record first (CONFLICT with the record as it is now):
// the user chooses, field by field, their value or the server's, and the write goes again on the
// current version. The later writes of the same record waiting behind it move onto that version too.
import type { OutboxEntry } from '../outbox/types.ts'
import { isEditable, likeInput, sameValue } from './fields.ts'
import { inputOf } from '../outbox/overlay.ts'

export type Choice = 'mine' | 'theirs'

export interface ConflictField {
  key: string
  mine: unknown
  theirs: unknown
  differs: boolean
}

/** The record as the server has it now, when the entry failed on a version conflict. */
export function currentOf(entry: OutboxEntry): Record<string, unknown> | null {
  const current = entry.lastError?.code === 'CONFLICT' ? entry.lastError.current : undefined
  return current && typeof current.version === 'number' ? current : null
}

/** The fields my write sets, each with the server's current value (differing ones first). */
export function conflictFields(entry: OutboxEntry): ConflictField[] {
  const current = currentOf(entry) ?? {}
  const fields = Object.entries(inputOf(entry))
    .filter(([key]) => isEditable(key))
    .map(([key, mine]) => {
      const known = key in current
      return { key, mine, theirs: known ? current[key] : mine, differs: known && !sameValue(key, mine, current[key]) }
    })
  return [...fields.filter((field) => field.differs), ...fields.filter((field) => !field.differs)]
}

/** The write's variables once the choices are made, based on the server's current version. */
export function resolvedVariables(entry: OutboxEntry, choices: Record<string, Choice>): Record<string, unknown> {
  const current = currentOf(entry)
  if (!current) return entry.variables
  const input: Record<string, unknown> = { ...inputOf(entry), version: current.version }
  for (const field of conflictFields(entry)) {
    if (field.differs && choices[field.key] === 'theirs')
      input[field.key] = likeInput(field.key, field.mine, field.theirs)
  }
  return { ...entry.variables, input }
}

/**
 * The user's later writes of the same record that name a version: each was based on the phone's view
 * (its own earlier edits included), so each moves by as much as the resolved write did.
 */
export function rebasedLaterWrites(
  entry: OutboxEntry,
  entries: readonly OutboxEntry[],
): { seq: number; variables: Record<string, unknown> }[] {
  const current = currentOf(entry)
  const mine = inputOf(entry).version
  if (!current || typeof mine !== 'number') return []
  const shift = Number(current.version) - mine
  if (!shift) return []
  return entries
    .filter(
      (later) =>
        later.seq > entry.seq &&
        later.status === 'pending' &&
        later.recordIds.some((id) => entry.recordIds.includes(id)),
    )
    .flatMap((later) => {
      const { id, version } = inputOf(later)
      if (typeof version !== 'number' || id !== inputOf(entry).id) return []
      return [
        { seq: later.seq, variables: { ...later.variables, input: { ...inputOf(later), version: version + shift } } },
      ]
    })
}
