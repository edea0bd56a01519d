// Every error a response carries has a code and a Chinese message (English for a reader who chose it). Ours
// (DomainError) already do; the libraries' refusals are translated; anything unexpected is logged with the
// request's id, the user and the operation, and the client reads only a generic message with that id — never
// the internals.
import { GraphQLError, type ExecutionResult } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { Context } from '../context.ts'
import { translateLibraryMessage } from './library-messages.ts'
import { REQUEST_ID_HEADER, type Logger } from './request-log.ts'
import { noteExecution, type RecordOf, type RequestRecord } from './request-record.ts'
import { inEnglish } from '../locale/english-errors.ts'
import { requestLocale } from '../locale/locale.ts'

const chinese = /[\u4e00-\u9fa5]/

export const internalErrorMessage = (requestId: string) =>
  `服务器内部错误，请稍后再试；联系管理员时请告知请求编号 ${requestId}`
const timeoutMessage = (requestId: string) => `查询超时，请缩小查询范围或稍后再试（请求编号 ${requestId}）`

/** Yoga's maskError: what is not a GraphQLError of ours is hidden, its original kept for the log. */
export function maskUnexpected(error: unknown, message: string): Error {
  if (isOriginalGraphQLError(error)) return error as GraphQLError
  const located = error instanceof GraphQLError ? error : undefined
  const original = located?.originalError ?? error
  // Pothos' refusals of arguments are the caller's mistake: translated, not hidden (library-messages.ts).
  if (original instanceof Error && original.name === 'PothosValidationError')
    return new GraphQLError(original.message, { nodes: located?.nodes, path: located?.path })
  const code = isStatementTimeout(original) ? 'QUERY_TIMEOUT' : 'INTERNAL_SERVER_ERROR'
  return new GraphQLError(message, {
    nodes: located?.nodes,
    path: located?.path,
    originalError: original instanceof Error ? original : new Error(String(original)),
    extensions: { code },
  })
}

export function useCodedErrors(logger: Logger, recordOf: RecordOf): Plugin {
  const coded = (error: GraphQLError, record: RequestRecord, hasData: boolean): GraphQLError => {
    const code = error.extensions?.code
    const location = { nodes: error.nodes, path: error.path }
    if (
      code === 'INTERNAL_SERVER_ERROR' ||
      code === 'QUERY_TIMEOUT' ||
      (!code && error.path && !translateLibraryMessage(error.message))
    ) {
      const timedOut = code === 'QUERY_TIMEOUT'
      const details = {
        requestId: record.requestId,
        userId: record.userId ?? null,
        operationName: record.operationName ?? null,
        path: error.path?.join('.'),
        err: error.originalError ?? error,
      }
      if (timedOut) logger.warn(details, 'statement timeout')
      else logger.error(details, 'unexpected error')
      const http = hasData ? {} : { http: { status: timedOut ? 503 : 500 } }
      const message = timedOut ? timeoutMessage(record.requestId) : internalErrorMessage(record.requestId)
      return new GraphQLError(message, {
        ...location,
        extensions: {
          code: timedOut ? 'QUERY_TIMEOUT' : 'INTERNAL_SERVER_ERROR',
          requestId: record.requestId,
          ...http,
        },
      })
    }
    if (typeof code === 'string' && chinese.test(error.message)) return error
    const translation = translateLibraryMessage(error.message)
    const http = error.extensions?.http as Record<string, unknown> | undefined
    if (translation) {
      const status = translation.status
        ? { http: { ...http, status: translation.status, spec: translation.status === 400 } }
        : {}
      return new GraphQLError(translation.message, {
        ...location,
        extensions: { ...error.extensions, code: translation.code, ...status },
      })
    }
    const message =
      code === 'GRAPHQL_PARSE_FAILED'
        ? `查询语句有语法错误：${error.message}`
        : code === 'GRAPHQL_VALIDATION_FAILED'
          ? `查询不符合接口定义：${error.message}`
          : `请求不合法：${error.message}`
    return new GraphQLError(message, { ...location, extensions: { ...error.extensions, code: code ?? 'BAD_REQUEST' } })
  }

  return {
    onRequest({ request }) {
      recordOf(request)
    },
    onExecute({ args }) {
      const context = args.contextValue as unknown as Context
      noteExecution(recordOf(context.request), context, args.document, args.operationName)
    },
    onResultProcess({ request, result, setResult }) {
      const record = recordOf(request)
      // Messages are written in Chinese and told in the reader's language on the way out.
      const english = requestLocale(record.context?.user, request) === 'en'
      const told = (error: GraphQLError) => (english ? inEnglish(error) : error)
      const fix = (single: ExecutionResult): ExecutionResult => {
        if (!single.errors?.length) return single
        const errors = single.errors.map((error) => coded(error, record, single.data != null))
        for (const error of errors) record.errorCodes.push(String(error.extensions.code))
        return { ...single, errors: errors.map(told) }
      }
      if (Array.isArray(result)) setResult(result.map(fix))
      else if ('errors' in result) setResult(fix(result as ExecutionResult))
    },
    onResponse({ request, response }) {
      response.headers.set(REQUEST_ID_HEADER, recordOf(request).requestId)
    },
  }
}

function isOriginalGraphQLError(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false
  return error.originalError == null || isOriginalGraphQLError(error.originalError)
}

/** PostgreSQL's 57014 (statement_timeout), however deep the driver adapter wraps it. */
function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const fields = error as Record<string, unknown>
  if (fields.code === '57014' || fields.originalCode === '57014') return true
  if (typeof fields.message === 'string' && fields.message.includes('statement timeout')) return true
  return ['cause', 'meta', 'driverAdapterError', 'originalError'].some((key) =>
    isStatementTimeout(fields[key], depth + 1),
  )
}
