// Signing in without the UI (for a cold load with a session, Lighthouse and the ids the screens need):
// the `login` mutation's tp_session cookie, as the phone would hold it.
import { apiClient } from '../../test/e2e/harness.ts'

export const demoPassword = 'Demo@2026'

export async function sessionCookie(baseUrl: string, login: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
    body: JSON.stringify({ query: 'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', variables: { l: login, p: demoPassword } }),
  })
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  if (!cookie.startsWith('tp_session=')) throw new Error(`Signing in as ${login} gave no tp_session cookie (${response.status})`)
  return cookie
}

/** The server's own answer through a session of its own; throws on a GraphQL error. */
export function serverAs(baseUrl: string, login: string) {
  const api = apiClient(baseUrl)
  let signedIn: Promise<unknown> | null = null
  return async function request<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    await (signedIn ??= api('mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', { l: login, p: demoPassword }))
    const result = await api<T>(query, variables)
    if (result.errors?.length) throw new Error(`GraphQL error as ${login}: ${JSON.stringify(result.errors)}`)
    return result.data!
  }
}
