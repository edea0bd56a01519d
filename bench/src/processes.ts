// The run's child processes (the servers and the load generator): forked with tsx, their output prefixed, stopped at
// the end.
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { benchDir } from './settings.ts'
import { withServerNodeFlags } from '../../scripts/server-node-flags.mjs'

const tsx = import.meta.resolve('tsx')
const children: ChildProcess[] = []

/** Forks bench/src/<file> and waits for its `{ ready: true, … }` message. */
export function start(
  file: string,
  tag: string,
  extraEnv: Record<string, string>,
  timeoutMs = 300_000,
): Promise<{ child: ChildProcess; message: Record<string, unknown> }> {
  const child = fork(path.join(benchDir, 'src', file), [], {
    execArgv: ['--import', tsx],
    // Our server runs with the Node flags `pnpm start` gives it; the other variants with Node's defaults.
    env:
      file === 'servers/ours.ts'
        ? withServerNodeFlags({ ...process.env, NODE_ENV: 'production', ...extraEnv })
        : { ...process.env, NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  children.push(child)
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `  ${tag}| ${line}`)
      .join('\n')
  child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${tag} did not start within ${timeoutMs / 1000} s`)), timeoutMs)
    child.once('exit', (code) => reject(new Error(`${tag} exited (${code}) before it was ready`)))
    child.on('message', (message: Record<string, unknown>) => {
      if (message.ready) {
        clearTimeout(timer)
        resolve({ child, message })
      }
    })
  })
}

/** SIGTERM to every child still running, SIGKILL after 5 s. */
export async function stopChildren() {
  await Promise.all(
    children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
            child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
            child.kill('SIGTERM')
          }),
      ),
  )
}
