// The product's server processes for the load run, started as `pnpm start` starts one (scripts/run.mjs: tsx
// server/src/main.ts with the server's Node flags), on the run's PostgreSQL database, each on its own port. Node
// is started with tsx's loader (`--import tsx`, what tsx's command line does in the process it starts), so that
// flags for profiling (--cpu-prof …, not allowed in NODE_OPTIONS) reach the server itself.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { benchDir, resultsDir } from '../settings.ts'
import { withServerNodeFlags } from '../../../scripts/server-node-flags.mjs'

const root = path.resolve(benchDir, '..')
const tsx = import.meta.resolve('tsx')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function ready(port: number, child: ChildProcess, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server on :${port} exited (${child.exitCode}) before it was ready`)
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server on :${port} did not answer /healthz within ${timeoutMs / 1000} s`)
}

export interface ServerProcess {
  port: number
  child: ChildProcess
}

/**
 * Starts `count` server processes; `extraNodeOptions` (BENCH_LOAD_NODE_OPTIONS, e.g. `--cpu-prof`) is added to
 * their Node flags for profiling.
 */
export async function startServers(
  count: number,
  databaseUrl: string,
  extraNodeOptions = process.env.BENCH_LOAD_NODE_OPTIONS ?? '',
): Promise<ServerProcess[]> {
  const servers: ServerProcess[] = []
  for (let i = 0; i < count; i++) {
    const port = await freePort()
    const env = withServerNodeFlags({
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
    })
    const flags = extraNodeOptions.split(' ').filter(Boolean)
    const child = spawn(process.execPath, [...flags, '--import', tsx, 'src/main.ts'], {
      cwd: path.join(root, 'server'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const prefix = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((line) => `  server:${port}| ${line}`)
        .join('\n')
    // The server's own log (its unexpected errors with their request ids) is kept for each run.
    mkdirSync(resultsDir, { recursive: true })
    const log = createWriteStream(path.join(resultsDir, `load-server-${port}.log`))
    child.stdout?.pipe(log)
    child.stdout?.on('data', (chunk: Buffer) => process.env.BENCH_LOAD_VERBOSE && console.log(prefix(chunk)))
    child.stderr?.on('data', (chunk: Buffer) => {
      log.write(chunk)
      console.error(prefix(chunk))
    })
    servers.push({ port, child })
  }
  await Promise.all(servers.map(({ port, child }) => ready(port, child, 120_000)))
  return servers
}

/** SIGTERM (the server's graceful stop), SIGKILL after 10 s. */
export async function stopServers(servers: ServerProcess[]) {
  await Promise.all(
    servers
      .filter(({ child }) => child.exitCode === null && child.signalCode === null)
      .map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
            child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
            child.kill('SIGTERM')
          }),
      ),
  )
}
