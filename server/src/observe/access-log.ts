// One access line per GraphQL request, and its count and duration in the metrics. The line names the
// operation, never its variables: passwords, tokens, phone numbers and names travel only in variables and
// in answers, and neither is read here. Cookies and other headers are not logged either.
import type { Plugin } from 'graphql-yoga'
import type { Logger } from '../errors/request-log.ts'
import { requestUserId, type RecordOf } from '../errors/request-record.ts'
import type { ServerMetrics } from './metrics.ts'

export function useAccessLog(logger: Logger, metrics: ServerMetrics, recordOf: RecordOf): Plugin {
  return {
    onRequest({ request }) {
      recordOf(request)
    },
    onResponse({ request, response, serverContext }) {
      const record = recordOf(request)
      const seconds = (performance.now() - record.startedAt) / 1000
      const executed = record.operationType != null
      metrics.requestFinished(metrics.operationLabel(record.operationName, executed), response.status, seconds)
      metrics.errorsAnswered(record.errorCodes)
      logger.info(
        {
          requestId: record.requestId,
          method: request.method,
          path: new URL(request.url).pathname,
          operation: record.operationName ?? null,
          operationType: record.operationType ?? null,
          status: response.status,
          ms: Math.round(seconds * 10_000) / 10,
          userId: requestUserId(record),
          address: record.context?.address ?? (serverContext as { address?: string }).address ?? null,
          ...(record.errorCodes.length ? { errors: record.errorCodes } : {}),
        },
        'request',
      )
    },
  }
}
