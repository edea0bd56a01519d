// What the server learns about one GraphQL request as it goes: its id, who asked, which operation, how it
// ended. The error plugin and the access log read the same record, so the id a user reads in an error message
// is the id of the error's log line, of the request's access line and of the `x-request-id` header.
import { getOperationAST, type DocumentNode } from 'graphql'
import type { Context } from '../context.ts'
import { requestIdFor } from './request-log.ts'

export interface RequestRecord {
  requestId: string
  /** performance.now() when yoga received the request. */
  startedAt: number
  /** Who asked: the user at the start of execution (a logout ends with none), else the one who signed in. */
  userId?: string | null
  operationName?: string | null
  operationType?: 'query' | 'mutation' | 'subscription' | null
  /** Read when the answer is ready: a sign-in or a language switch changes the user halfway. */
  context?: Context
  /** The codes of the errors the answer carries, as the client reads them. */
  errorCodes: string[]
}

export type RecordOf = (request: Request) => RequestRecord

/** One store per yoga: each request's record, made at its first mention. */
export function requestRecords(): RecordOf {
  const records = new WeakMap<Request, RequestRecord>()
  return (request) => {
    let record = records.get(request)
    if (!record) {
      record = { requestId: requestIdFor(request), startedAt: performance.now(), errorCodes: [] }
      records.set(request, record)
    }
    return record
  }
}

/** Called as execution starts: the operation and the user are known from here on. */
export function noteExecution(record: RequestRecord, context: Context, document: DocumentNode, name?: string | null) {
  const operation = getOperationAST(document, name)
  record.userId = context.user?.id ?? null
  record.operationName = operation?.name?.value ?? null
  record.operationType = operation?.operation ?? null
  record.context = context
}

/** The user an access line names: whoever asked, or whoever the request signed in. */
export function requestUserId(record: RequestRecord): string | null {
  return record.userId ?? record.context?.user?.id ?? null
}
