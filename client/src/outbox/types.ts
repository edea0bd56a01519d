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

/** A write the phone made and the server has not acknowledged yet. */
export interface OutboxEntry {
  /** IndexedDB key, increasing: the order writes were made and must be sent in. */
  seq: number
  /** The write's client mutation id (UUIDv7): a replay of it is applied once by the server. */
  id: string
  /** Name of the GraphQL mutation, looked up in the sender's table of documents. */
  operation: string
  variables: Record<string, unknown>
  /** The user who made the write; it is only ever sent under that user's session. */
  ownerId: string
  /** Records the write touches: a later write of one of them waits behind a failed one. */
  recordIds: string[]
  createdAt: string
  status: OutboxStatus
  /** Sends that reached the server and came back with an unexpected error. */
  attempts: number
  lastError?: OutboxError
}

export interface NewWrite {
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
