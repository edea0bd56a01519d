// Writes made from the registry (registry.ts), and entries read back from IndexedDB, where another version of
// the app may have stored them: the one place a stored entry becomes a typed one.
import { outboxWrites } from './registry.ts'
import type { KnownEntry, OutboxEntry, OutboxInput, OutboxOperation, StoredEntry, WriteOf } from './types.ts'

export const isOutboxOperation = (operation: string): operation is OutboxOperation =>
  Object.hasOwn(outboxWrites, operation)

/**
 * A write of `operation`, which only typechecks with that mutation's input. Its id is the input's client
 * mutation id, and the records it touches are the input's fields the registry names.
 */
export function outboxWrite<Op extends OutboxOperation>(
  operation: Op,
  input: OutboxInput<Op>,
  ownerId: string,
): WriteOf<Op> {
  const fields: Readonly<Record<string, unknown>> = input
  const records: readonly string[] = outboxWrites[operation].records
  return {
    id: input.clientMutationId,
    operation,
    variables: { input },
    ownerId,
    recordIds: records.map((field) => String(fields[field])),
  }
}

/**
 * A stored entry of a known operation, with an input. Its fields are trusted to be the operation's: a change
 * of an input (the typecheck fails at registry.ts) comes with an upgrade of the stored entries in db.ts.
 */
function isKnown(stored: StoredEntry): stored is KnownEntry {
  const input = stored.variables.input
  return isOutboxOperation(stored.operation) && typeof input === 'object' && input !== null
}

export function decodeEntry(stored: StoredEntry): OutboxEntry {
  if (isKnown(stored)) return stored
  const { operation, ...rest } = stored
  return { ...rest, operation: null, storedOperation: operation }
}

/** The entry as it is stored: the shape every version of the app has stored and reads. */
export function encodeEntry(entry: OutboxEntry): StoredEntry {
  if (entry.operation !== null) return entry
  const { storedOperation, ...rest } = entry
  return { ...rest, operation: storedOperation }
}

/** The operation's name, known or not: for labels and messages. */
export const operationName = (entry: OutboxEntry): string => entry.operation ?? entry.storedOperation
