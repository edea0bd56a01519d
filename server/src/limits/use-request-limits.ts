// Refuses, before anything runs, a request body that is too large, a page larger than any connection
// serves, a string longer than its field allows, and an operation that asks for too many records.
import { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { DomainError } from '../domain/errors.ts'
import { maxCost, readOperation } from './query-cost.ts'

/** The ledger import's file (~10 MB as Base64, see ledger-import.ts) is the largest thing a request carries. */
export const maxBodyBytes = 16 * 1024 * 1024

export function useRequestLimits(): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? 0)
      if (length <= maxBodyBytes) return
      const error = {
        message: `请求过大：最多 ${maxBodyBytes / 1024 / 1024} MB`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      }
      endResponse(
        new Response(JSON.stringify({ errors: [error] }), {
          status: 413,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      )
    },
    onExecute({ args, setResultAndStopExecution }) {
      const reading = readOperation(
        args.schema,
        args.document,
        args.operationName,
        (args.variableValues ?? {}) as Record<string, unknown>,
      )
      if (!reading) return
      if (reading.problems.length) {
        setResultAndStopExecution({ errors: [withStatus400(DomainError.badInput(reading.problems))] })
      } else if (reading.cost > maxCost) {
        const message = `查询范围过大：请减少每页条数或嵌套的列表（估算 ${reading.cost} 条记录，上限 ${maxCost}）`
        setResultAndStopExecution({
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost: reading.cost, maxCost, http: { status: 400, spec: true } },
            }),
          ],
        })
      }
    },
  }
}

/** A request refused before execution is a 400 under application/graphql-response+json (GraphQL over HTTP). */
function withStatus400(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400, spec: true } } })
}
