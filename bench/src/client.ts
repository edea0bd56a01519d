// Talking to a running bench server over HTTP: the page request, the ADMIN sign-in, and its /__bench counters.
import type { ChildProcess } from 'node:child_process'
import { adminLogin } from './seed.ts'
import type { Target } from './load.ts'
import type { VariantKey } from './settings.ts'

export interface Server {
  key: VariantKey
  child: ChildProcess
  port: number
  target: Target
}

/** What servers/stats.ts answers on /__bench/stats. */
export interface Stats {
  statements: number
  requests: number
  handlerMs: number
  sqlMs: number
  byKind: Record<string, number>
  sample: string[]
}

export async function post(target: Target) {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body })
  const text = await response.text()
  if (!response.ok) throw new Error(`${target.url} answered ${response.status}: ${text.slice(0, 500)}`)
  return { response, json: JSON.parse(text) as { data?: unknown; errors?: unknown } }
}

export const jsonHeaders = { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' }

/** Signs in through the `login` mutation and returns the `tp_session` cookie to send. */
export async function login(url: string, password: string): Promise<string> {
  const { response, json } = await post({
    url,
    headers: jsonHeaders,
    body: JSON.stringify({
      query:
        'mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { name ' +
        'role } }',
      variables: { login: adminLogin, password },
    }),
  })
  const role = (json.data as { login?: { role?: string } } | undefined)?.login?.role
  if (json.errors || role !== 'ADMIN') throw new Error(`login failed at ${url}: ${JSON.stringify(json)}`)
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('tp_session='))
  if (!cookie) throw new Error(`login at ${url} set no tp_session cookie`)
  return cookie
}

export async function resetStats(server: Server) {
  await fetch(`http://127.0.0.1:${server.port}/__bench/reset`, { method: 'POST' })
}
export async function readStats(server: Server): Promise<Stats> {
  return (await (await fetch(`http://127.0.0.1:${server.port}/__bench/stats`)).json()) as Stats
}
