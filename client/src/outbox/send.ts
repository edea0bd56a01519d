// Sends outbox entries through urql, so that the answers also land in graphcache: consecutive entries go
// in one mutation document (see batch-document.ts), each answer or error mapped back to its entry.
import { stringifyDocument, type Client, type OperationResult } from '@urql/core'
import { classifyWrite } from '../urql/errors.ts'
import { fetchOptionsWith } from '../urql/client.ts'
import { batchDocument, fittingCount, serverBatchLimits, type BatchLimits, type BatchPart } from './batch-document.ts'
import { asBatch, batchOutcome } from './batch-outcome.ts'
import { outboxWrites } from './registry.ts'
import type { BatchOutcome, KnownEntry, OutboxEntry, SendOutcome } from './types.ts'
import { operationName } from './write.ts'

const unknownOperation = (entry: OutboxEntry): SendOutcome => ({
  kind: 'rejected',
  error: { code: 'UNKNOWN_OPERATION', message: `未知的操作：${operationName(entry)}` },
})

const isKnown = (entry: OutboxEntry): entry is KnownEntry => entry.operation !== null

/** Each entry's mutation document with its variables (the documents load with the first send). */
function partsOf(entries: KnownEntry[]): Promise<BatchPart[]> {
  return Promise.all(
    entries.map(async (entry) => ({
      document: await outboxWrites[entry.operation].document(),
      variables: entry.variables,
    })),
  )
}

export function urqlSender(client: Client, limits: BatchLimits = serverBatchLimits) {
  function mutate(parts: BatchPart[], ownerId: string): Promise<OperationResult> {
    const { document, variables } = parts.length === 1 ? parts[0]! : batchDocument(parts)
    // The server applies them only under the session of the user who made them (see server/src/yoga.ts).
    const fetchOptions = fetchOptionsWith({ 'x-outbox-owner': ownerId })
    return client.mutation(document, variables, { requestPolicy: 'network-only', fetchOptions }).toPromise()
  }

  /** Sends the longest run of the entries, from the first, that fits in one request. */
  async function send(entries: OutboxEntry[]): Promise<BatchOutcome> {
    const first = entries[0]!
    if (!isKnown(first)) return asBatch(unknownOperation(first))
    const cut = entries.findIndex((entry) => !isKnown(entry) || entry.ownerId !== first.ownerId)
    const candidates = (cut === -1 ? entries : entries.slice(0, cut)).filter(isKnown)
    const parts = await partsOf(candidates)
    const fitting = fittingCount(
      parts.map((part) => part.document),
      limits,
      stringifyDocument,
    )
    return sendParts(parts.slice(0, fitting), first.ownerId)
  }

  async function sendParts(batch: BatchPart[], ownerId: string): Promise<BatchOutcome> {
    const result = await mutate(batch, ownerId)
    if (batch.length === 1) return asBatch(classifyWrite(result))
    const outcome = batchOutcome(result, batch.length)
    // Refused whole: none of it ran. Try the first half alone.
    if (!outcome) return sendParts(batch.slice(0, Math.ceil(batch.length / 2)), ownerId)
    // The writes before a failed one were applied, but a failed non-null field leaves `data` null, so
    // graphcache has not seen their answers: ask again; the server answers a replay with the first result.
    if (outcome.failure && outcome.acked > 0) await mutate(batch.slice(0, outcome.acked), ownerId)
    return outcome
  }
  return send
}
