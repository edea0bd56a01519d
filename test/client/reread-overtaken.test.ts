// A list read that was on its way while a write was acknowledged is read again, so the screen ends up showing
// what was just saved, even though urql drops the screen's own "ask again" while that read is in flight.
import { describe, expect, it } from 'vitest'
import { Client, fetchExchange, gql, type Exchange } from '@urql/core'
import { rereadOvertakenExchange } from '../../client/src/urql/reread-overtaken.ts'

const UnitsQuery = gql`
  query Units {
    units {
      name
    }
  }
`
const CreateUnit = gql`
  mutation CreateUnit($name: String!) {
    createUnit(name: $name) {
      name
    }
  }
`

/** A server whose answers wait until the test lets them go, each with the units as they stand when it answers. */
function slowServer() {
  const units = ['东部园区']
  const waiting: { operationName: string; answer: () => void }[] = []
  const sent: string[] = []
  const fetch = (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables: { name?: string } }
    sent.push(body.operationName)
    // A read takes its snapshot when it arrives, as a database transaction would.
    const snapshot = [...units]
    return new Promise<Response>((resolve) => {
      const json = (data: unknown) =>
        resolve(new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }))
      waiting.push({
        operationName: body.operationName,
        answer: () => {
          if (body.operationName === 'CreateUnit') {
            units.push(body.variables.name!)
            json({ createUnit: { __typename: 'Unit', name: body.variables.name } })
          } else json({ units: snapshot.map((name) => ({ __typename: 'Unit', name })) })
        },
      })
    })
  }
  const answer = async (operationName: string) => {
    await until(() => waiting.some((request) => request.operationName === operationName))
    const index = waiting.findIndex((request) => request.operationName === operationName)
    waiting.splice(index, 1)[0]!.answer()
  }
  return { fetch, sent, answer }
}

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 200) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

function watchUnits(client: Client) {
  const seen: string[][] = []
  const subscription = client
    .query(UnitsQuery, {}, { requestPolicy: 'network-only' })
    .subscribe(
      (result) =>
        result.stale || seen.push((result.data as { units: { name: string }[] }).units.map((unit) => unit.name)),
    )
  return { seen, stop: () => subscription.unsubscribe() }
}

/** Units read, a unit created and acknowledged while that read is on its way, then the read answered. */
async function unitCreatedDuringRead(exchanges: Exchange[]) {
  const server = slowServer()
  const client = new Client({
    url: 'http://county.test/graphql',
    exchanges,
    fetch: server.fetch,
    preferGetMethod: false,
  })
  const units = watchUnits(client)
  await until(() => server.sent.includes('Units'))
  const created = client.mutation(CreateUnit, { name: '北部园区' }).toPromise()
  await server.answer('CreateUnit')
  await created
  // The screen asks again, as people.tsx does after 新建单位; urql drops it while the first read is in flight.
  client
    .query(UnitsQuery, {}, { requestPolicy: 'network-only' })
    .subscribe(() => {})
    .unsubscribe()
  await server.answer('Units')
  return { server, units }
}

describe('a read overtaken by a write', () => {
  it('is asked again once its answer is in, and the list then shows what was written', async () => {
    const { server, units } = await unitCreatedDuringRead([rereadOvertakenExchange, fetchExchange])
    await server.answer('Units')
    await until(() => units.seen.length === 2)
    expect(units.seen).toEqual([['东部园区'], ['东部园区', '北部园区']])
    expect(server.sent).toEqual(['Units', 'CreateUnit', 'Units'])
    units.stop()
  })

  it('left to urql alone, stays without the new unit', async () => {
    const { server, units } = await unitCreatedDuringRead([fetchExchange])
    await until(() => units.seen.length === 1)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(units.seen).toEqual([['东部园区']])
    expect(server.sent).toEqual(['Units', 'CreateUnit'])
    units.stop()
  })

  it('is not asked again when no write was acknowledged meanwhile', async () => {
    const server = slowServer()
    const client = new Client({
      url: 'http://county.test/graphql',
      exchanges: [rereadOvertakenExchange, fetchExchange],
      fetch: server.fetch,
      preferGetMethod: false,
    })
    const units = watchUnits(client)
    await server.answer('Units')
    await until(() => units.seen.length === 1)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(server.sent).toEqual(['Units'])
    units.stop()
  })
})
