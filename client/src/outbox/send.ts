// Sends one outbox entry through urql, so that the answer also lands in graphcache.
import type { Client, TypedDocumentNode } from '@urql/core'
import { classifyWrite } from '../urql/errors.ts'
import { fetchOptionsWith } from '../urql/client.ts'
import { CreateLeadMutation } from '../lead/create-lead.ts'
import { staffWrites } from '../staff/writes.ts'
import { managerWrites } from '../manager/writes.ts'
import { departmentWrites } from '../department/writes.ts'
import { syncWrites } from '../sync/writes.ts'
import type { OutboxEntry, SendOutcome } from './types.ts'

/** Every mutation the outbox may carry, by operation name. */
export const outboxDocuments: Record<string, TypedDocumentNode<any, any>> = {
  createLead: CreateLeadMutation,
  ...staffWrites,
  ...managerWrites,
  ...departmentWrites,
  ...syncWrites,
}

export function urqlSender(client: Client) {
  return async (entry: OutboxEntry): Promise<SendOutcome> => {
    const document = outboxDocuments[entry.operation]
    if (!document) {
      return { kind: 'rejected', error: { code: 'UNKNOWN_OPERATION', message: `未知的操作：${entry.operation}` } }
    }
    // The server applies it only under the session of the user who made it (see server/src/yoga.ts).
    const fetchOptions = fetchOptionsWith({ 'x-outbox-owner': entry.ownerId })
    const result = await client.mutation(document, entry.variables, { requestPolicy: 'network-only', fetchOptions }).toPromise()
    return classifyWrite(result)
  }
}
