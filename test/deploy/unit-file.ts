// A systemd service as systemd would start it, read from the unit file itself: its ExecStart and its
// environment (Environment= first, then each EnvironmentFile=, whose settings win), with the instance name in
// place of %i. Only the syntax our units use is understood; anything else fails the test instead of being
// read wrongly.
import { readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'

export interface ServiceStart {
  execStart: string[]
  environment: Record<string, string>
  /** The EnvironmentFile= paths, in order. */
  environmentFiles: string[]
  /** Every [Service] setting, the last value of each (for the tests' checks of Restart=, User= …). */
  settings: Record<string, string>
}

function serviceLines(text: string): [string, string][] {
  let section = ''
  const lines: [string, string][] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#') || line.startsWith(';')) continue
    if (line.endsWith('\\')) throw new Error(`Continued lines are not understood here: ${line}`)
    const header = /^\[(.+)\]$/.exec(line)
    if (header) {
      section = header[1]!
      continue
    }
    const equals = line.indexOf('=')
    if (equals < 0) throw new Error(`Not a setting: ${line}`)
    if (section === 'Service') lines.push([line.slice(0, equals).trim(), line.slice(equals + 1).trim()])
  }
  return lines
}

function withSpecifiers(value: string, instance: string | undefined): string {
  return value.replace(/%(.)/g, (match, specifier: string) => {
    if (specifier === '%') return '%'
    if (specifier === 'i' && instance !== undefined) return instance
    throw new Error(`The specifier ${match} is not understood here (in "${value}")`)
  })
}

function words(value: string): string[] {
  if (/["'\\]/.test(value)) throw new Error(`Quoting is not understood here: ${value}`)
  return value.split(/\s+/).filter(Boolean)
}

export function readService(unitFile: string, instance?: string): ServiceStart {
  const start: ServiceStart = { execStart: [], environment: {}, environmentFiles: [], settings: {} }
  for (const [key, rawValue] of serviceLines(readFileSync(unitFile, 'utf8'))) {
    const value = withSpecifiers(rawValue, instance)
    start.settings[key] = value
    if (key === 'ExecStart') {
      if (start.execStart.length) throw new Error('Only one ExecStart= is understood here')
      if (/^[-@:+!]/.test(value)) throw new Error(`ExecStart= prefixes are not understood here: ${value}`)
      start.execStart = words(value)
    } else if (key === 'Environment') {
      for (const assignment of words(value)) {
        const equals = assignment.indexOf('=')
        start.environment[assignment.slice(0, equals)] = assignment.slice(equals + 1)
      }
    } else if (key === 'EnvironmentFile') {
      start.environmentFiles.push(value)
    }
  }
  if (!start.execStart.length) throw new Error(`${unitFile} has no ExecStart=`)
  return start
}

/** The environment systemd gives the service, with `files` standing in for the EnvironmentFile= paths. */
export function serviceEnvironment(start: ServiceStart, files: Record<string, string>): Record<string, string> {
  const environment = { ...start.environment }
  for (const file of start.environmentFiles) {
    const text = files[file]
    if (text === undefined) throw new Error(`The test gives no content for EnvironmentFile=${file}`)
    Object.assign(environment, parseEnv(text))
  }
  return environment
}

/** An environment file like `example`, with `settings` in place of its values (added when it has none). */
export function environmentFileFrom(example: string, settings: Record<string, string>): string {
  let text = example
  for (const [key, value] of Object.entries(settings)) {
    const line = new RegExp(`^${key}=.*$`, 'm')
    text = line.test(text) ? text.replace(line, () => `${key}=${value}`) : `${text}${key}=${value}\n`
  }
  return text
}
