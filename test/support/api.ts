// Talks to the real GraphQL server in process (yoga.fetch, no port), keeping cookies like a browser.
import { print } from 'graphql'
import type { TadaDocumentNode } from 'gql.tada'
import { buildYoga, type YogaOptions } from '../../server/src/yoga.ts'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import { testPassword } from './fixtures.ts'
import { graphql } from './graphql.ts'

const LoginMutation = graphql(`
  mutation Login($login: String!, $password: String!) {
    login(login: $login, password: $password) {
      id
    }
  }
`)

export interface GraphQLResponse<T = unknown> {
  data?: T | null
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

export function createApi(prisma: PrismaClient, options: Omit<YogaOptions, 'prisma'> = {}) {
  const yoga = buildYoga({ prisma, ...options })

  /** A browser: its own cookie jar and network address. */
  function agent(address = '127.0.0.1') {
    let cookie = ''
    const agentApi = {
      lastResponse: undefined as Response | undefined,
      /** Sends a typed document: its variables and its answer are checked against the schema. */
      request<Result, Variables>(
        document: TadaDocumentNode<Result, Variables>,
        ...[variables, headers]: Record<string, never> extends Variables
          ? [variables?: Variables, headers?: Record<string, string>]
          : [variables: Variables, headers?: Record<string, string>]
      ): Promise<GraphQLResponse<Result>> {
        return agentApi.requestText<Result>(print(document), variables as Record<string, unknown> | undefined, headers)
      },
      /**
       * Sends a query as text, for what no typed document can be: a malformed or oversized query, an unknown
       * field, a wrong variable type. Its answer is `unknown` until the test says what it expects.
       */
      async requestText<T = unknown>(
        query: string,
        variables?: Record<string, unknown>,
        headers: Record<string, string> = {},
      ): Promise<GraphQLResponse<T>> {
        const response = await yoga.fetch(
          'http://test/graphql',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
            body: JSON.stringify({ query, variables }),
          },
          { address },
        )
        agentApi.lastResponse = response
        const setCookie = response.headers.get('set-cookie')
        if (setCookie) cookie = setCookie.split(';')[0] ?? ''
        return (await response.json()) as GraphQLResponse<T>
      },
      async login(login: string, password = testPassword) {
        const result = await agentApi.request(LoginMutation, { login, password })
        if (result.errors) throw new Error(`login failed: ${result.errors[0]?.message}`)
        return agentApi
      },
    }
    return agentApi
  }

  return { yoga, agent }
}

export function errorCode(result: GraphQLResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code as string | undefined
}
