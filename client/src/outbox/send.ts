// Sends outbox entries through urql, so that the answers also land in graphcache: consecutive entries go
// in one mutation document (see batch-document.ts), each answer or error mapped back to its entry.
import { stringifyDocument, type Client, type OperationResult, type TypedDocumentNode } from '@urql/core'
import { classifyWrite } from '../urql/errors.ts'
import { fetchOptionsWith } from '../urql/client.ts'
import { CreateLeadMutation } from '../lead/create-lead.ts'
import { staffWrites } from '../staff/writes.ts'
import { managerWrites } from '../manager/writes.ts'
import { departmentWrites } from '../department/writes.ts'
import { syncWrites } from '../sync/writes.ts'
import { batchDocument, fittingCount, serverBatchLimits, type BatchLimits } from './batch-document.ts'
import { asBatch, batchOutcome } from './batch-outcome.ts'
import type { BatchOutcome, OutboxEntry, SendOutcome } from './types.ts'

/** Every mutation the outbox may carry, by operation name. */
export const outboxDocuments: Record<string, TypedDocumentNode<any, any>> = {
  createLead: CreateLeadMutation,
  ...staffWrites,
  ...managerWrites,
  ...departmentWrites,
  ...syncWrites,
}

const unknownOperation = (entry: OutboxEntry): SendOutcome => ({
  kind: 'rejected',
  error: { code: 'UNKNOWN_OPERATION', message: `未知的操作：${entry.operation}` },
})

export function urqlSender(client: Client, limits: BatchLimits = serverBatchLimits) {
  function mutate(entries: OutboxEntry[]): Promise<OperationResult> {
    const parts = entries.map((entry) => ({ document: outboxDocuments[entry.operation]!, variables: entry.variables }))
    const { document, variables } = parts.length === 1 ? parts[0]! : batchDocument(parts)
    // The server applies them only under the session of the user who made them (see server/src/yoga.ts).
    const fetchOptions = fetchOptionsWith({ 'x-outbox-owner': entries[0]!.ownerId })
    return client.mutation(document, variables, { requestPolicy: 'network-only', fetchOptions }).toPromise()
  }

  /** Sends the longest run of the entries, from the first, that fits in one request. */
  async function send(entries: OutboxEntry[]): Promise<BatchOutcome> {
    const first = entries[0]!
    if (!outboxDocuments[first.operation]) return asBatch(unknownOperation(first))
    const cut = entries.findIndex((entry) => !outboxDocuments[entry.operation] || entry.ownerId !== first.ownerId)
    const candidates = cut === -1 ? entries : entries.slice(0, cut)
    const batch = candidates.slice(
      0,
      fittingCount(
        candidates.map((entry) => outboxDocuments[entry.operation]!),
        limits,
        stringifyDocument,
      ),
    )
    const result = await mutate(batch)
    if (batch.length === 1) return asBatch(classifyWrite(result))
    const outcome = batchOutcome(result, batch.length)
    // Refused whole: none of it ran. Try the first half alone.
    if (!outcome) return send(batch.slice(0, Math.ceil(batch.length / 2)))
    // The writes before a failed one were applied, but a failed non-null field leaves `data` null, so
    // graphcache has not seen their answers: ask again; the server answers a replay with the first result.
    if (outcome.failure && outcome.acked > 0) await mutate(batch.slice(0, outcome.acked))
    return outcome
  }
  return send
}
