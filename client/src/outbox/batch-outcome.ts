// What the server's answer to a batch (batch-document.ts) means for each of its writes.
import { CombinedError, type OperationResult } from '@urql/core'
import { classifyWrite, isNetworkFailure } from '../urql/errors.ts'
import { partIndex } from './batch-document.ts'
import type { BatchOutcome, SendOutcome } from './types.ts'

export function asBatch(outcome: SendOutcome): BatchOutcome {
  return outcome.kind === 'ack' ? { acked: 1 } : { acked: 0, failure: outcome }
}

/**
 * The outcome of a batch of `size` writes, or null when the server refused the request whole (over one
 * of its limits, say) and ran none of it. The root fields run in order and a failed one (all are non-null)
 * stops the rest, so the writes before the first error's `path[0]` were applied and those after it were not.
 */
export function batchOutcome(result: Pick<OperationResult, 'data' | 'error'>, size: number): BatchOutcome | null {
  const { error } = result
  if (!error || isNetworkFailure(error)) {
    const outcome = classifyWrite(result)
    return outcome.kind === 'ack' ? { acked: size } : asBatch(outcome)
  }
  const failedAt = Math.min(...error.graphQLErrors.map((graphQLError) => partIndex(graphQLError.path?.[0]) ?? Infinity))
  if (!Number.isFinite(failedAt) || failedAt >= size) {
    // An HTTP failure without GraphQL errors is the server's, as for a single write; errors without a path
    // refuse the request.
    return error.graphQLErrors.length ? null : asBatch(classifyWrite(result))
  }
  const own = error.graphQLErrors.filter((graphQLError) => partIndex(graphQLError.path?.[0]) === failedAt)
  const failure = classifyWrite({
    data: undefined,
    error: new CombinedError({ graphQLErrors: own, response: error.response }),
  })
  return { ...asBatch(failure), acked: failedAt }
}
