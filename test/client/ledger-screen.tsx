// The 台账 screen in jsdom with a made-up network: who signs in, the file they choose, the units they pick
// from, and a server that answers each operation from a table while recording what it was sent.
import { render } from '@solidjs/testing-library'
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router'
import { Client, fetchExchange } from '@urql/core'
import { Provider } from '@urql/solid'
import LedgerRoute from '../../client/src/ledger/ledger.tsx'
import { leader, unitUuid } from './leader-fixtures.ts'

export const admin = { ...leader, login: 'admin', name: '周敏', role: 'ADMIN' as const }
export const manager = { ...leader, login: 'east.manager', name: '李娜', role: 'PARK_MANAGER' as const }
export const csv =
  '项目名称,姓名,单位,所属单位,备注\n新材料中试基地,李四,浙江大学,东部园区,\n智能传感器,王五,中科院,北部园区,老朋友\n'

export type Sent = { operationName: string; variables: { input?: Record<string, unknown> } & Record<string, unknown> }
export type Reply = { data?: unknown; errors?: unknown[] } | Error

/** A server that answers each operation from `replies` (in turn when a list), recording what it was sent. */
export function serve(replies: Record<string, Reply | Reply[]>) {
  const sent: Sent[] = []
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Sent
    sent.push(body)
    const planned = replies[body.operationName]
    const reply = Array.isArray(planned)
      ? (planned[sent.filter((item) => item.operationName === body.operationName).length - 1] ?? planned.at(-1))
      : planned
    if (reply instanceof Error) throw reply
    return new Response(JSON.stringify(reply ?? { errors: [{ message: `no reply for ${body.operationName}` }] }), {
      headers: { 'content-type': 'application/json' },
    })
  }
  const client = new Client({
    url: 'http://phone.test/graphql',
    exchanges: [fetchExchange],
    fetch,
    preferGetMethod: false,
    requestPolicy: 'network-only',
  })
  const history = createMemoryHistory()
  history.set({ value: '/ledger', scroll: false, replace: true })
  render(() => (
    <MemoryRouter history={history} root={(props) => <Provider value={client}>{props.children}</Provider>}>
      <Route path="/ledger" component={LedgerRoute} />
    </MemoryRouter>
  ))
  return { sent, of: (name: string) => sent.filter((item) => item.operationName === name) }
}

export const units = {
  data: {
    units: [
      { __typename: 'Unit', id: btoa(`Unit:${unitUuid.west}`), uuid: unitUuid.west, name: '西部园区', kind: 'PARK' },
      { __typename: 'Unit', id: btoa(`Unit:${unitUuid.east}`), uuid: unitUuid.east, name: '东部园区', kind: 'PARK' },
    ],
  },
}
