// 新建单位 on the office's screen: the new unit joins the cached unit list from the write's own answer, so the
// pickers offer it at once, whatever becomes of the reads still on their way.
import { describe, expect, it } from 'vitest'
import { Client, fetchExchange } from '@urql/core'
import { cacheExchange } from '@urql/exchange-graphcache'
import { cacheConfig } from '../../client/src/urql/cache.ts'
import { OfficeAccounts, OfficeCreateUnit } from '../../client/src/office/documents.ts'

const unit = (uuid: string, name: string) => ({
  __typename: 'Unit',
  id: btoa(`Unit:${uuid}`),
  uuid,
  name,
  code: uuid.slice(0, 4),
  kind: 'PARK',
  retiredAt: null,
  version: 1,
  activeMembers: 0,
})
const east = unit('0190a000-0000-7000-8000-000000000001', '东部园区')
const north = unit('0190a000-0000-7000-8000-000000000002', '北部园区')

describe('a unit created on the office screen', () => {
  it('is in the cached unit list from the answer to the write, without asking the list again', async () => {
    const sent: string[] = []
    const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      const { operationName } = JSON.parse(String(init?.body)) as { operationName: string }
      sent.push(operationName)
      const data =
        operationName === 'OfficeAccounts'
          ? { accounts: { __typename: 'UserConnection', edges: [] }, units: [east] }
          : { createUnit: north }
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } })
    }
    const client = new Client({
      url: 'http://county.test/graphql',
      exchanges: [cacheExchange(cacheConfig), fetchExchange],
      fetch,
      preferGetMethod: false,
    })
    const variables = { search: null, unitId: null, active: true }
    await client.query(OfficeAccounts, variables).toPromise()
    await client
      .mutation(OfficeCreateUnit, { input: { clientMutationId: 'c1', name: '北部园区', code: 'north', kind: 'PARK' } })
      .toPromise()
    const cached = await client.query(OfficeAccounts, variables, { requestPolicy: 'cache-only' }).toPromise()
    expect(cached.data?.units.map((one) => one.name)).toEqual(['东部园区', '北部园区'])
    expect(sent).toEqual(['OfficeAccounts', 'OfficeCreateUnit'])
  })
})
