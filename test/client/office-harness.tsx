// An office screen in jsdom with a made-up server: reads go through the screen's urql client, online-only
// writes (sendOnline) through the app's own client; both reach `serve`, which answers each operation from a
// table and records what it was sent.
import { vi } from 'vitest'
import { render } from '@solidjs/testing-library'
import type { Component, JSX } from 'solid-js'
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router'
import { Client, fetchExchange } from '@urql/core'
import { Provider } from '@urql/solid'
import { leader } from './leader-fixtures.ts'

export const officeAdmin = { ...leader, login: 'admin', name: '周敏', role: 'ADMIN' as const }

export type Sent = { operationName: string; variables: { input?: Record<string, unknown> } & Record<string, unknown> }
type Reply = { data?: unknown; errors?: unknown[] }

export function serveOffice(
  path: string,
  screen: Component,
  replies: Record<string, Reply | Reply[]>,
  /** Routes the screen leads to, to follow a tap from it. */
  moreRoutes?: () => JSX.Element,
) {
  const sent: Sent[] = []
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Sent
    sent.push(body)
    const planned = replies[body.operationName]
    const reply = Array.isArray(planned)
      ? (planned[sent.filter((item) => item.operationName === body.operationName).length - 1] ?? planned.at(-1))
      : planned
    return new Response(JSON.stringify(reply ?? { errors: [{ message: `no reply for ${body.operationName}` }] }), {
      headers: { 'content-type': 'application/json' },
    })
  }
  vi.stubGlobal('fetch', fetch)
  const client = new Client({
    url: 'http://office.test/graphql',
    exchanges: [fetchExchange],
    fetch,
    preferGetMethod: false,
    requestPolicy: 'network-only',
  })
  const history = createMemoryHistory()
  history.set({ value: path, scroll: false, replace: true })
  render(() => (
    <MemoryRouter history={history} root={(props) => <Provider value={client}>{props.children}</Provider>}>
      <Route path={path} component={screen} />
      {moreRoutes?.()}
    </MemoryRouter>
  ))
  return { sent, of: (name: string) => sent.filter((item) => item.operationName === name) }
}
