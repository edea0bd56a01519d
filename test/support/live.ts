// Subscriptions as a browser opens them: a POST asking for text/event-stream (GraphQL over SSE, distinct
// connections), read event by event. No waiting on the clock: a test proves an event was not sent by the next
// one it receives being another.
import type { LiveBus } from '../../server/src/live/bus.ts'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import { createApi } from './api.ts'

export interface LiveMessage {
  data?: Record<string, { ids: string[]; reread: boolean }> | null
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

export interface Subscription {
  /** The next message, or null when the server completed the stream. */
  next(): Promise<LiveMessage | null>
  close(): void
}

/** A GraphQL server with the live bus, and browsers signed in on it (their cookie, for subscribing). */
export function liveApi(prisma: PrismaClient, live: LiveBus) {
  const api = createApi(prisma, { live })
  async function signIn(login: string) {
    const agent = await api.agent().login(login)
    const cookie = agent.lastResponse!.headers.get('set-cookie')!.split(';')[0]!
    return {
      agent,
      cookie,
      subscribe: (query: string, variables = {}) => subscribe(api.yoga.fetch, cookie, query, variables),
    }
  }
  return { api, signIn }
}

type Fetch = (url: string, init: RequestInit, context: { address: string }) => Promise<Response> | Response

export async function subscribe(
  fetch: Fetch,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Subscription> {
  const abort = new AbortController()
  const response = await fetch(
    'http://test/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', cookie },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    },
    { address: '127.0.0.1' },
  )
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  const next = async (): Promise<LiveMessage | null> => {
    for (;;) {
      const end = buffer.indexOf('\n\n')
      if (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(block)?.[1]
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n')
        if (event === 'complete') return null
        if (data) return JSON.parse(data) as LiveMessage
        continue
      }
      const chunk = await reader.read()
      if (chunk.done) return null
      buffer += chunk.value
    }
  }
  return { next, close: () => abort.abort() }
}

/**
 * Reads messages until one names `fence` (or the stream ends); returns every id received on the way. A write
 * the subscriber must not hear, made before the fence, would have arrived first: batches keep their order.
 */
export async function idsUntil(
  subscription: Subscription,
  fence: string,
): Promise<{ ids: Set<string>; ended: boolean }> {
  const ids = new Set<string>()
  for (;;) {
    const message = await subscription.next()
    if (!message) return { ids, ended: true }
    if (message.errors) throw new Error(message.errors[0]!.message)
    const change = Object.values(message.data ?? {})[0]
    for (const id of change?.ids ?? []) ids.add(id)
    if (ids.has(fence)) return { ids, ended: false }
  }
}

/** Announces a change to rows of `table` as its triggers would: an update of nothing but the rows' id. */
export function touch(prisma: PrismaClient, table: 'Project' | 'SupportRequest', ids: string[]) {
  return prisma.$executeRawUnsafe(`UPDATE "${table}" SET id = id WHERE id = ANY($1::uuid[])`, ids)
}
