// Which process has an embedded database's folder open, and how another asks it for a backup: the holder
// listens on a Unix socket beside the folder (`<folder>.sock`, readable and writable by its own user only,
// so only that account or root on this machine can ask). A second process finds the socket answering and
// stays out of the folder; `pnpm db:backup` asks through it for a snapshot the holder takes.
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { chmod, unlink } from 'node:fs/promises'

export class FolderHeldError extends Error {}

export function holdSocketPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}.sock`
}

export interface FolderHold {
  /** Answers backup requests once the folder's database is open. */
  serve(takeSnapshot: () => Promise<Buffer>): void
  release(): Promise<void>
}

/** Claims the folder for this process; refuses when another live process holds it. */
export async function holdFolder(dataDir: string): Promise<FolderHold> {
  const socketPath = holdSocketPath(dataDir)
  let takeSnapshot: (() => Promise<Buffer>) | null = null
  const server = createServer((socket) => void answer(socket, takeSnapshot))
  await listenOrRefuse(server, socketPath, dataDir)
  await chmod(socketPath, 0o600)
  return {
    serve(snapshot) {
      takeSnapshot = snapshot
    },
    release: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function listenOrRefuse(server: Server, socketPath: string, dataDir: string): Promise<void> {
  try {
    await listen(server, socketPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    if (await answers(socketPath)) {
      throw new FolderHeldError(
        `Another process (a running server?) has the embedded database in ${dataDir} open. Stop it first; ` +
          '`pnpm db:backup` asks it for a backup instead.',
      )
    }
    // Left by a process that was killed: nobody listens on it.
    await unlink(socketPath)
    await listen(server, socketPath)
  }
}

function listen(server: Server, socketPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function answers(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createConnection(socketPath)
    probe.once('connect', () => {
      probe.destroy()
      resolve(true)
    })
    probe.once('error', () => resolve(false))
  })
}

// The answer: one line of JSON (`{"ok":true,"bytes":n}` or `{"ok":false,"error":…}`), then the snapshot.
async function answer(socket: Socket, takeSnapshot: (() => Promise<Buffer>) | null): Promise<void> {
  socket.on('error', () => socket.destroy())
  const request = await firstLine(socket)
  if (request !== 'backup') return void socket.end(`${JSON.stringify({ ok: false, error: 'unknown request' })}\n`)
  if (!takeSnapshot) return void socket.end(`${JSON.stringify({ ok: false, error: 'the database is opening' })}\n`)
  try {
    const snapshot = await takeSnapshot()
    socket.write(`${JSON.stringify({ ok: true, bytes: snapshot.length })}\n`)
    socket.end(snapshot)
  } catch (error) {
    socket.end(`${JSON.stringify({ ok: false, error: (error as Error).message })}\n`)
  }
}

function firstLine(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = ''
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const end = text.indexOf('\n')
      if (end < 0 && text.length < 100) return
      socket.off('data', onData)
      resolve(text.slice(0, end < 0 ? undefined : end).trim())
    }
    socket.on('data', onData)
    // A probe (`answers`) closes without a word.
    socket.once('close', () => resolve(text.trim()))
  })
}

/**
 * Asks the process holding the folder for a snapshot. Null when no process holds it (no socket, or one
 * nobody answers): the caller may then open the folder itself.
 */
export async function requestSnapshot(dataDir: string): Promise<Buffer | null> {
  const socketPath = holdSocketPath(dataDir)
  if (!(await answers(socketPath))) return null
  return new Promise((resolve, reject) => {
    const socket = createConnection(socketPath, () => socket.write('backup\n'))
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.once('error', reject)
    socket.once('end', () => {
      const whole = Buffer.concat(chunks)
      const newline = whole.indexOf(0x0a)
      if (newline < 0) return reject(new Error('The running server closed the connection without a backup'))
      const header = JSON.parse(whole.subarray(0, newline).toString('utf8')) as
        | { ok: true; bytes: number }
        | { ok: false; error: string }
      if (!header.ok) return reject(new Error(`The running server could not take the backup: ${header.error}`))
      const body = whole.subarray(newline + 1)
      if (body.length !== header.bytes) {
        return reject(new Error(`The backup was cut short (${body.length} of ${header.bytes} bytes)`))
      }
      resolve(body)
    })
  })
}
