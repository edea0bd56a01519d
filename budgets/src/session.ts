// Signing in without the UI, for the ids the screens need (the session cookie itself: test/e2e/harness.ts).
import { apiClient } from '../../test/e2e/harness.ts'

export const demoPassword = 'Demo@2026'

/** The server's own answer through a session of its own; throws on a GraphQL error. */
export function serverAs(baseUrl: string, login: string) {
  const api = apiClient(baseUrl)
  let signedIn: Promise<unknown> | null = null
  return async function request<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T> {
    signedIn ??= api('mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', {
      l: login,
      p: demoPassword,
    })
    await signedIn
    const result = await api<T>(query, variables)
    if (result.errors?.length) throw new Error(`GraphQL error as ${login}: ${JSON.stringify(result.errors)}`)
    return result.data!
  }
}
