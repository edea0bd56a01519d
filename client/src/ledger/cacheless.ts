// The ledger's requests bypass the saved cache: a workbook of the talent office carries every talent's
// full phone number, and an uploaded file is the county's whole ledger; neither belongs in IndexedDB on a
// phone (docs/domain.md, "Personal data"). The same server, fetch and headers as the app's client, nothing kept.
import { Client, createRequest, fetchExchange } from '@urql/core'
import { LedgerUnitsQuery } from './queries.ts'

const made = new WeakMap<Client, Client>()

export function cacheless(client: Client): Client {
  let found = made.get(client)
  if (!found) {
    const { url, fetch, fetchOptions } = client.createRequestOperation(
      'query',
      createRequest(LedgerUnitsQuery, {}),
    ).context
    found = new Client({
      url,
      fetch,
      fetchOptions,
      exchanges: [fetchExchange],
      requestPolicy: 'network-only',
      preferGetMethod: false,
    })
    made.set(client, found)
  }
  return found
}
