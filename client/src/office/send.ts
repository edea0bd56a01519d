// One online write of the office's screens: refused offline with a sentence, the server's words otherwise.
import type { AnyVariables, TypedDocumentNode } from '@urql/core'
import { client } from '../urql/client.ts'
import { errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'

export type Sent<Data> = { ok: true; data: Data } | { ok: false; message: string }

export async function sendOnline<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Sent<Data>> {
  if (!online()) return { ok: false, message: t('office.people.online') }
  const result = await client.mutation(document, variables, { requestPolicy: 'network-only' }).toPromise()
  if (result.data && !result.error) return { ok: true, data: result.data }
  if (isNetworkFailure(result.error)) return { ok: false, message: t('office.people.online') }
  return { ok: false, message: errorMessage(result.error, t('error.unknown')) }
}
