// Every mutation goes through here: signed-in user, at-most-once by client mutation id, one transaction,
// one audit entry with the fields it changed.
import type { Context, SessionUser } from '../context.ts'
import type { Prisma } from '../generated/prisma/client.ts'
import { DomainError } from '../domain/errors.ts'
import type { FieldChanges } from '../domain/diff.ts'
import { applyOnce, type Transaction } from './apply-once.ts'
import { audit } from './audit.ts'
import { claimedTalentOf, mappingClaimRefusal } from '../schema/talent/claim-refusal.ts'
import { noticeClaimConflict } from '../schema/notice/claim-notices.ts'

export interface WriteSpec {
  operation: string
  entity: string
  clientMutationId: string
  /** Longer than the 5 s default for writes of many rows (a ledger import). */
  timeoutMs?: number
  /**
   * The record the input names, when the write answers with it (the write's `id`) and the resolver reads the
   * answer back by it: a replay of the same client mutation id naming another record is then a CONFLICT.
   */
  recordId?: string
}

export interface WriteOutcome {
  /** The id of the record the mutation answers with. */
  id: string
  changes?: FieldChanges | { after: Record<string, unknown> }
  reason?: string | null
  /** The audited record when it is not the answered one (e.g. a merged talent). */
  entityId?: string
}

export function requireUser(context: Context): SessionUser {
  if (!context.user) throw DomainError.unauthenticated()
  return context.user
}

export async function runWrite(
  context: Context,
  spec: WriteSpec,
  write: (tx: Transaction, user: SessionUser) => Promise<WriteOutcome>,
): Promise<string> {
  const user = requireUser(context)
  const key = { clientMutationId: spec.clientMutationId, userId: user.id, operation: spec.operation }
  const metrics = context.metrics
  const onRetry = metrics && (() => metrics.serializationRetry(spec.operation))
  // The database is where claim protection holds (every path, two writes at once); its refusal reads as CLAIMED.
  const { resultId, replayed } = await mappingClaimRefusal(() =>
    applyOnce(context.prisma, key, { timeoutMs: spec.timeoutMs, onRetry, recordId: spec.recordId }, async (tx) => {
      const outcome = await write(tx, user)
      await audit(tx, {
        actorId: user.id,
        action: spec.operation,
        entity: spec.entity,
        entityId: outcome.entityId ?? outcome.id,
        changes: (outcome.changes ?? {}) as Prisma.InputJsonValue,
        reason: outcome.reason ?? null,
        address: context.address,
      })
      return outcome.id
    }),
  ).catch(async (error: unknown) => {
    if (isVersionConflict(error)) metrics?.versionConflict(spec.operation)
    const talentId = claimedTalentOf(error)
    // The caller's answer is the refusal, whatever becomes of the notice (its own transaction).
    if (talentId)
      await noticeClaimConflict(context.database, user, { talentId, clientMutationId: spec.clientMutationId }).catch(
        () => undefined,
      )
    throw error
  })
  metrics?.writeFinished(spec.operation, replayed)
  return resultId
}

/** A CONFLICT carrying the current record (write/versioned.ts), not another kind of CONFLICT. */
function isVersionConflict(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'CONFLICT' && error.extensions.current !== undefined
}
