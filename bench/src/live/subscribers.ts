// Many live subscriptions from one Node process, as phones open them: a POST to /graphql asking for
// text/event-stream (GraphQL over SSE, distinct connections, what urql's fetchExchange sends), one socket each
// from a keep-alive agent without a socket limit. Each event's ids are handed to `onChange` with the time it
// was read; yoga's pings (a comment line every ~12 s) are skipped.
import http from 'node:http'
import { print } from 'graphql'
import { clientDocument } from '../load/documents.ts'

export interface OpenSubscription {
  index: number
  port: number
  close(): void
}

export type OnChange = (subscription: number, ids: string[], at: number) => void

/** The board's subscription exactly as the client defines it (client/src/live/subscriptions.ts). */
const boardBody = JSON.stringify({ query: print(clientDocument('BoardChanged')), operationName: 'BoardChanged' })

function eventIds(block: string): string[] | null {
  const data = block
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(5).trim())
    .join('\n')
  if (!data) return null
  const message = JSON.parse(data) as { data?: { boardChanged?: { ids: string[] } }; errors?: unknown[] }
  if (message.errors) throw new Error(`subscription answered errors: ${JSON.stringify(message.errors)}`)
  return message.data?.boardChanged?.ids ?? null
}

/** Opens one board subscription; resolves once the server answered 200 with an event stream. */
export function openBoard(
  agent: http.Agent,
  port: number,
  token: string,
  index: number,
  onChange: OnChange,
  onError: (error: Error) => void,
): Promise<OpenSubscription> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(boardBody),
          accept: 'text/event-stream',
          'x-graphql-yoga-csrf': '1',
          cookie: `tp_session=${token}`,
        },
      },
      (response) => {
        if (response.statusCode !== 200 || !response.headers['content-type']?.startsWith('text/event-stream')) {
          reject(
            new Error(`subscription ${index} on :${port}: ${response.statusCode} ${response.headers['content-type']}`),
          )
          response.resume()
          return
        }
        let buffer = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          const at = performance.now()
          buffer += chunk
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const block = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            try {
              const ids = eventIds(block)
              if (ids) onChange(index, ids, at)
            } catch (error) {
              onError(error as Error)
            }
          }
        })
        response.on('error', () => {})
        resolve({ index, port, close: () => request.destroy() })
      },
    )
    request.on('error', (error) => (request.destroyed ? onError(error) : reject(error)))
    request.end(boardBody)
  })
}
