// What a browser does, with what fetch() cannot: trust the test's own certificate authority, and connect
// from another local address (127.0.0.2), so that the address the server records can only be the one nginx
// passed on.
import http, { type IncomingHttpHeaders } from 'node:http'
import https from 'node:https'
import { Readable } from 'node:stream'
import { print } from 'graphql'
import type { TadaDocumentNode } from 'gql.tada'

export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface Connection {
  /** The certificate to trust for https:// (the test's self-signed one). */
  ca?: string
  /** The local address to connect from. */
  localAddress?: string
}

export interface SendOptions extends Connection {
  method?: string
  headers?: Record<string, string | number>
  body?: string | Buffer
}

export function send(url: string, options: SendOptions = {}): Promise<Answer> {
  const { method = 'GET', headers = {}, body, ca, localAddress } = options
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(target, { method, headers, ca, localAddress, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })
}

export interface GraphQLAnswer<T> {
  data?: T | null
  errors?: { message: string; extensions?: Record<string, unknown> }[]
  answer: Answer
}

/** One browser's session cookie, sent to whichever server the test names (nginx, or a process directly). */
export class Browser {
  cookie = ''

  constructor(private readonly connection: Connection = {}) {}

  async request<Result, Variables>(
    base: string,
    document: TadaDocumentNode<Result, Variables>,
    variables: Variables,
    headers: Record<string, string> = {},
  ): Promise<GraphQLAnswer<Result>> {
    const answer = await send(`${base}/graphql`, {
      ...(base.startsWith('https:') ? this.connection : {}),
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
    })
    const setCookie = answer.headers['set-cookie']?.[0]
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? ''
    const parsed = JSON.parse(answer.body.toString('utf8')) as Omit<GraphQLAnswer<Result>, 'answer'>
    return { ...parsed, answer }
  }
}

/**
 * A fetch for test/support/live.ts's `subscribe` that sends to `base`/graphql over this connection (the test's
 * certificate authority), whatever URL it is given, and hands the answer's body on as it arrives.
 */
export function streamingFetch(base: string, connection: Connection = {}) {
  return (_url: string, init: RequestInit): Promise<Response> => {
    const target = new URL(`${base}/graphql`)
    const client = target.protocol === 'https:' ? https : http
    return new Promise((resolve, reject) => {
      const request = client.request(
        target,
        {
          method: init.method,
          headers: init.headers as Record<string, string>,
          ...(target.protocol === 'https:' ? connection : {}),
          agent: false,
        },
        (response) => {
          const headers = new Headers()
          for (const [name, value] of Object.entries(response.headers))
            if (typeof value === 'string') headers.set(name, value)
          resolve(
            new Response(Readable.toWeb(response) as ReadableStream<Uint8Array>, {
              status: response.statusCode ?? 0,
              headers,
            }),
          )
        },
      )
      init.signal?.addEventListener('abort', () => request.destroy())
      request.on('error', reject)
      request.end(init.body as string)
    })
  }
}
