// Stopping without cutting anyone off (systemctl stop, a restart during an upgrade): stop accepting
// connections, let the requests already running finish, and only then let the caller close the database.
// Node's server.close() alone is not enough: a keep-alive connection whose request was running when it was
// called stays open after its answer, idle, until the keep-alive timeout (5 s) — so every answer given while
// stopping asks the client to close, and each finished one frees its connection at once.
import type { Server } from 'node:http'

export interface StopOutcome {
  /** False when the grace period ran out and the connections still open were cut. */
  drained: boolean
}

/** Call before `listen`: returns the function that stops `server`, waiting at most `graceMs` for running requests. */
export function gracefulStop(server: Server, graceMs: number): () => Promise<StopOutcome> {
  let stopping = false
  server.on('request', (_request, response) => {
    if (stopping && !response.headersSent) response.setHeader('Connection', 'close')
    response.once('finish', () => {
      if (stopping) server.closeIdleConnections()
    })
  })
  let outcome: Promise<StopOutcome> | null = null
  return () => {
    outcome ??= new Promise((resolve) => {
      stopping = true
      const settle = (drained: boolean) => resolve({ drained })
      const deadline = setTimeout(() => {
        server.closeAllConnections()
        settle(false)
      }, graceMs)
      server.close(() => {
        clearTimeout(deadline)
        settle(true)
      })
      server.closeIdleConnections()
    })
    return outcome
  }
}
