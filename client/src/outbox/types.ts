import type { VariablesOf } from '../graphql.ts'
import type { outboxWrites } from './registry.ts'

export type OutboxStatus = 'pending' | 'failed'

export interface OutboxProblem {
  field: string
  message: string
}

export interface OutboxError {
  /** The server's `extensions.code` (BAD_USER_INPUT, FORBIDDEN, CONFLICT…), or HTTP / UNKNOWN. */
  code: string
  /** The server's message (zh-CN), shown to the user as is. */
  message: string
  problems?: OutboxProblem[]
  /** With CONFLICT: the record as the server has it now (its fields and `version`), to choose from field by field. */
  current?: Record<string, unknown>
}

type Registry = typeof outboxWrites

/** Name of a mutation the outbox may carry (registry.ts). */
export type OutboxOperation = keyof Registry
export type OutboxDocument<Op extends OutboxOperation> = Awaited<ReturnType<Registry[Op]['document']>>
export type OutboxVariables<Op extends OutboxOperation> = VariablesOf<OutboxDocument<Op>>
/** Every outbox mutation takes one `$input` (checked by RegistryChecks below). */
export type OutboxInput<Op extends OutboxOperation = OutboxOperation> = OutboxVariables<Op>['input']
/** A support request step, as the registry names them. */
export type OutboxStep = {
  [Op in OutboxOperation]: Registry[Op] extends { step: infer Step } ? Step : never
}[OutboxOperation]

type FieldOf<Op extends OutboxOperation> = keyof OutboxInput<Op> & string

/** What the registry must say of each write, in terms of its own input: a renamed field fails here too. */
interface WriteSpec<Op extends OutboxOperation> {
  records: readonly FieldOf<Op>[]
  project: FieldOf<Op> | null
  versioned: 'version' extends keyof OutboxInput<Op> ? true : false
}
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<Condition extends true> = Condition
/** Fails the typecheck when a write's metadata or variables do not match its mutation. */
export type RegistryChecks = Assert<
  {
    [Op in OutboxOperation]: Registry[Op] extends WriteSpec<Op>
      ? Exactly<OutboxVariables<Op>, { input: OutboxInput<Op> }>
      : false
  }[OutboxOperation]
>

/** The write as it is made: one mutation's variables, under the user who made it. */
export interface WriteOf<Op extends OutboxOperation> {
  /** The write's client mutation id (UUIDv7): a replay of it is applied once by the server. */
  id: string
  /** Name of the GraphQL mutation, a key of the registry. */
  operation: Op
  variables: { input: OutboxInput<Op> }
  /** The user who made the write; it is only ever sent under that user's session. */
  ownerId: string
  /** Records the write touches: a later write of one of them waits behind a failed one. */
  recordIds: string[]
}

interface Queued {
  /** IndexedDB key, increasing: the order writes were made and must be sent in. */
  seq: number
  createdAt: string
  status: OutboxStatus
  /** Sends that reached the server and came back with an unexpected error. */
  attempts: number
  lastError?: OutboxError
}

export type NewWrite = { [Op in OutboxOperation]: WriteOf<Op> }[OutboxOperation]
/** A write the phone made and the server has not acknowledged yet, of an operation this version knows. */
export type KnownEntry = { [Op in OutboxOperation]: WriteOf<Op> & Queued }[OutboxOperation]
/** An entry of one of `Op` (a union of operations gives a union of entries, each with its own input). */
export type OutboxEntryOf<Op extends OutboxOperation> = Extract<KnownEntry, { operation: Op }>

/**
 * An entry stored by another version of the app, of an operation this one does not know (one since removed):
 * kept, shown and refused by the sender (UNKNOWN_OPERATION), so the user can see it and discard it.
 */
export type ForeignEntry = Omit<WriteOf<OutboxOperation>, 'operation' | 'variables'> &
  Queued & {
    operation: null
    /** The operation's name as stored. */
    storedOperation: string
    variables: Record<string, unknown>
  }

export type OutboxEntry = KnownEntry | ForeignEntry

/** An entry as IndexedDB holds it, whatever version of the app stored it (db.ts decodes it). */
export interface StoredEntry extends Queued {
  id: string
  operation: string
  variables: Record<string, unknown>
  ownerId: string
  recordIds: string[]
}

/** What became of one send. */
export type SendOutcome =
  | { kind: 'ack' }
  /** Never reached the server (offline, fetch TypeError, Safari "Load failed", timeout): send again later. */
  | { kind: 'network'; message: string }
  /** The server refused it for a reason the user must see (validation, permission, conflict). */
  | { kind: 'rejected'; error: OutboxError }
  /** The session has ended: keep it until the same user signs in again. */
  | { kind: 'unauthenticated' }
  /** The server failed unexpectedly (5xx, masked error): retried a few times, then marked failed. */
  | { kind: 'transient'; error: OutboxError }

/**
 * What became of consecutive writes sent in one request: the first `acked` were applied by the server,
 * in order. `failure` is what became of the next one when it was not applied; the writes after it were
 * not run. Without `failure`, writes past `acked` were simply not sent this time.
 */
export interface BatchOutcome {
  acked: number
  failure?: Exclude<SendOutcome, { kind: 'ack' }>
}
