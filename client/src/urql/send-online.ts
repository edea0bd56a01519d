// A write that must be decided by the server at once (accounts, passwords), never queued: refused offline with
// the screen's own sentence, the server's words otherwise.
import type { AnyVariables, TypedDocumentNode } from '@urql/core'
import { client } from './client.ts'
import { errorMessage, isNetworkFailure } from './errors.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'

export type Sent<Data> = { ok: true; data: Data } | { ok: false; message: string }

export async function sendOnline<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  offlineMessage: string,
): Promise<Sent<Data>> {
  if (!online()) return { ok: false, message: offlineMessage }
  const result = await client.mutation(document, variables, { requestPolicy: 'network-only' }).toPromise()
  if (result.data && !result.error) return { ok: true, data: result.data }
  if (isNetworkFailure(result.error)) return { ok: false, message: offlineMessage }
  return { ok: false, message: errorMessage(result.error, t('error.unknown')) }
}
