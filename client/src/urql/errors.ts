// What a failed operation means for the phone: the network (try again later) or the server's answer.
import type { CombinedError, OperationResult } from '@urql/core'
import type { OutboxProblem, SendOutcome } from '../outbox/types.ts'
import { t } from '../i18n/index.ts'

/** Chrome's "Failed to fetch", Firefox's "NetworkError…", Safari's "Load failed", or navigator.onLine. */
const networkMessage = new RegExp(
  [
    'failed to fetch',
    'load failed',
    'network\\s?error',
    'request failed',
    'networkerror',
    'the internet connection appears to be offline',
    'timed? ?out',
    'aborted',
  ].join('|'),
  'i',
)

/** No answer from the server at all (as opposed to an answer with an HTTP error status). */
export function isNetworkFailure(error: CombinedError | undefined): boolean {
  if (!error?.networkError || error.response) return false
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true
  return error.networkError.name === 'TypeError' || networkMessage.test(error.networkError.message)
}

/**
 * The codes the server uses for failures the user must see and act on: sending the write again would be
 * refused again (a lead the unit already follows, a write over the size or cost limits). Others — the
 * network, RATE_LIMITED, QUERY_TIMEOUT, a server error — may pass later and are retried.
 */
const rejectionCodes = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'CONFLICT',
  'NOT_FOUND',
  'CLAIMED',
  'CREDIT_CONFLICT',
  'DUPLICATE',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
])

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * The server's own message when there is one (in the user's language: the server follows it), else the
 * fallback. A server error is told in the reader's language with its request number, which the administrator
 * finds in the server's log.
 */
export function errorMessage(error: CombinedError | undefined, fallback: string): string {
  const first = error?.graphQLErrors[0]
  const requestId = first?.extensions?.requestId
  if (errorCode(error) === 'INTERNAL_SERVER_ERROR' && typeof requestId === 'string')
    return t('error.internal', { requestId })
  return first?.message ?? fallback
}

/** Classifies the answer to one outbox write. */
export function classifyWrite(result: Pick<OperationResult, 'data' | 'error'>): SendOutcome {
  const { error } = result
  if (!error)
    return result.data
      ? { kind: 'ack' }
      : { kind: 'transient', error: { code: 'EMPTY', message: '服务器没有返回结果' } }
  if (isNetworkFailure(error)) return { kind: 'network', message: error.networkError?.message ?? '' }
  const first = error.graphQLErrors[0]
  const code = errorCode(error)
  // A one-time password still to change is a session not yet usable: the write waits for it, as for a login.
  if (code === 'UNAUTHENTICATED' || code === 'PASSWORD_CHANGE_REQUIRED') return { kind: 'unauthenticated' }
  if (first && code && rejectionCodes.has(code)) {
    const { problems, current } = first.extensions ?? {}
    return {
      kind: 'rejected',
      error: {
        code,
        message: first.message,
        ...(Array.isArray(problems) ? { problems: problems as OutboxProblem[] } : {}),
        // A conflict carries the record as it is now: the user picks, field by field, and sends again on its version.
        ...(isRecord(current) ? { current } : {}),
      },
    }
  }
  const status =
    error.response && typeof error.response === 'object' && 'status' in error.response
      ? String(error.response.status)
      : ''
  return {
    kind: 'transient',
    error: {
      code: code ?? (status ? `HTTP_${status}` : 'UNKNOWN'),
      message: first?.message ?? error.networkError?.message ?? error.message,
    },
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
