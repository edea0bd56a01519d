// The one connection per process that hears the database's notifications (channel `tp_live`). PGlite runs in
// this process and announces through its own `listen`; on PostgreSQL a dedicated client, outside the pool the
// queries use (a pooled connection is handed to other work and its LISTEN would be lost), kept open and
// opened again after a loss. Notifications sent while it was away are gone: the bus then tells every
// subscriber to re-read.
import pg from 'pg'
import type { Database } from '../db/open.ts'

export const LIVE_CHANNEL = 'tp_live'

export interface ListenHandlers {
  message(payload: string): void
  /** The connection was lost and is back: what happened meanwhile was not heard. */
  resumed(): void
  /** Lost (PostgreSQL): nothing is heard until `resumed`. */
  lost?(error: Error): void
}

export interface Listening {
  close(): Promise<void>
}

export async function listenToDatabase(database: Database, handlers: ListenHandlers): Promise<Listening> {
  if (database.kind === 'pglite') {
    const pglite = database.pglite
    if (!pglite) throw new Error('The embedded database is not open in this process')
    const stop = await pglite.listen(LIVE_CHANNEL, handlers.message)
    return { close: () => stop().catch(() => {}) }
  }
  if (!database.url) throw new Error('PostgreSQL without its URL: cannot open the listening connection')
  return listenOnPostgres(database.url, handlers)
}

/** Delays before each new attempt after a loss: quick at first, then every 5 s for as long as it takes. */
const retryDelaysMs = [100, 500, 1_000, 2_000, 5_000]

async function listenOnPostgres(url: string, handlers: ListenHandlers): Promise<Listening> {
  let client: pg.Client | null = null
  let closed = false
  let retry: NodeJS.Timeout | null = null

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: 'talent-pipeline live' })
    next.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload !== undefined) handlers.message(message.payload)
    })
    next.on('error', (error) => lose(next, error))
    next.on('end', () => lose(next, new Error('the listening connection ended')))
    await next.connect()
    await next.query(`LISTEN ${LIVE_CHANNEL}`)
    client = next
  }

  const lose = (lostClient: pg.Client, error: Error) => {
    if (closed || client !== lostClient) return
    client = null
    lostClient.end().catch(() => {})
    handlers.lost?.(error)
    reconnect(0)
  }

  const reconnect = (attempt: number) => {
    retry = setTimeout(
      () => {
        retry = null
        connect().then(
          () => (closed ? client?.end().catch(() => {}) : handlers.resumed()),
          () => closed || reconnect(attempt + 1),
        )
      },
      retryDelaysMs[Math.min(attempt, retryDelaysMs.length - 1)],
    )
    retry.unref()
  }

  await connect()
  return {
    async close() {
      closed = true
      if (retry) clearTimeout(retry)
      await client?.end().catch(() => {})
      client = null
    },
  }
}
