// The county's installation as deploy/systemd describes it: the settings files made from the examples, the
// migrations unit run once, then server instances (talent-pipeline@<port>) started from their unit file.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runReleaseCommand, type RunningCommand } from './release-command.ts'
import { environmentFileFrom, readService, serviceEnvironment, type ServiceStart } from './unit-file.ts'
import type { CountyDatabase } from './county-database.ts'

export const systemdDir = path.resolve(import.meta.dirname, '../../deploy/systemd')
const envFile = '/etc/talent-pipeline/env'
const migrateEnvFile = '/etc/talent-pipeline/migrate.env'
const example = (name: string) => readFileSync(path.join(systemdDir, name), 'utf8')

export type SettingsFiles = Record<string, string>

/** /etc/talent-pipeline/env and migrate.env as the examples have them, for this database and administrator. */
export function countySettings(
  database: CountyDatabase,
  admin: { login: string; password: string },
  more: Record<string, string> = {},
): SettingsFiles {
  return {
    [envFile]: environmentFileFrom(example('env.example'), {
      DATABASE_URL: database.appUrl,
      ADMIN_LOGIN: admin.login,
      ADMIN_PASSWORD: admin.password,
      ...more,
    }),
    [migrateEnvFile]: environmentFileFrom(example('migrate.env.example'), {
      MIGRATION_DATABASE_URL: database.ownerUrl,
    }),
  }
}

/** talent-pipeline-migrate.service, run to its end: its output, or an error with it. */
export async function runMigrationsUnit(files: SettingsFiles): Promise<string> {
  const unit = readService(path.join(systemdDir, 'talent-pipeline-migrate.service'))
  const run = runReleaseCommand(unit.execStart, serviceEnvironment(unit, files))
  const code = await run.exited
  if (code !== 0) throw new Error(`The migrations unit exited with ${code}:\n${run.output()}`)
  return run.output()
}

export interface Instance {
  port: number
  url: string
  unit: ServiceStart
  run: RunningCommand
  /** Sends SIGTERM (systemctl stop) and resolves with the exit code. */
  stop: () => Promise<number | null>
}

/** talent-pipeline@<port>, started as its unit says; resolves once it answers /healthz. */
export async function startInstance(port: number, files: SettingsFiles): Promise<Instance> {
  const unit = readService(path.join(systemdDir, 'talent-pipeline@.service'), String(port))
  const run = runReleaseCommand(unit.execStart, serviceEnvironment(unit, files))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGTERM')
    return run.exited
  }
  // Starting compiles the server on the fly when it is not the release: slow on a busy machine.
  const deadline = Date.now() + 150_000
  for (;;) {
    if (run.child.exitCode !== null)
      throw new Error(`talent-pipeline@${port} exited before it was ready:\n${run.output()}`)
    const ready = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return { port, url, unit, run, stop }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`talent-pipeline@${port} did not answer /healthz within 150 s:\n${run.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
