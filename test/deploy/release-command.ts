// How these tests run a command of the installed release as a systemd unit's ExecStart names it
// (`node … /opt/talent-pipeline/current/server/main.js`), and the one place to change when CI builds the
// release: with TEST_RELEASE_DIR set to an unpacked release, its own server/main.js and server/cli.js run;
// without it, this checkout's sources stand in for them, started as `npm start` starts the server
// (scripts/run.mjs: node --import tsx, one process, so that SIGTERM reaches the server itself).
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/** Where the units and docs/operations.md install the release. */
export const installDir = '/opt/talent-pipeline/current'

const repo = path.resolve(import.meta.dirname, '../..')
/** The sources each entry point of the release is built from. */
const sourceOf: Record<string, string> = { 'server/main.js': 'src/main.ts', 'server/cli.js': 'src/db/cli.ts' }

export interface RunningCommand {
  child: ChildProcess
  /** Everything the process wrote so far, standard output and error interleaved. */
  output: () => string
  /** Its exit code (null when a signal ended it). */
  exited: Promise<number | null>
}

/** Starts `argv` (an ExecStart split into words) with exactly `env`, as systemd would: nothing inherited. */
export function runReleaseCommand(argv: readonly string[], env: Record<string, string>): RunningCommand {
  const [program, ...rest] = argv
  if (program !== 'node') throw new Error(`Expected the command to start with node: ${argv.join(' ')}`)
  const scriptAt = rest.findIndex((word) => word.startsWith(`${installDir}/`))
  if (scriptAt < 0) throw new Error(`The command runs nothing from ${installDir}: ${argv.join(' ')}`)
  const nodeFlags = rest.slice(0, scriptAt)
  const script = path.relative(installDir, rest[scriptAt]!)
  const args = rest.slice(scriptAt + 1)
  // systemd's own PATH, so that tools the server calls (pg_dump) are found as they would be there.
  const withPath = { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', ...env }
  const releaseDir = process.env.TEST_RELEASE_DIR
  let child: ChildProcess
  if (releaseDir) {
    child = spawn(process.execPath, [...nodeFlags, path.join(releaseDir, script), ...args], {
      cwd: releaseDir,
      env: withPath,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } else {
    const source = sourceOf[script]
    if (!source) throw new Error(`The release has no ${script} this checkout knows the sources of`)
    child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', source, ...args], {
      cwd: path.join(repo, 'server'),
      env: withPath,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  }
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}
