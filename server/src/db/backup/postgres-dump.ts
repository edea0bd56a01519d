// PostgreSQL's own tools, run as the tables' owner: pg_dump reads one snapshot (a consistent copy while
// the servers write), pg_restore writes it back with its owners, grants and default privileges.
import { spawn } from 'node:child_process'
import pg from 'pg'

export class PostgresToolError extends Error {}

/**
 * The URL without its password, which goes to the tools through PGPASSWORD instead of their command line.
 * The rest goes to libpq as written: WHATWG's URL refuses the Unix-socket form INSTALL.md shows
 * (postgresql://talent@/talent?host=/var/run/postgresql, a user and no host), which libpq reads.
 */
export function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const scheme = /^[a-z]+:\/\//i.exec(url)?.[0] ?? ''
  const rest = url.slice(scheme.length)
  // As URL parsers read it: the authority ends at the first / ? #, the user information at its last @.
  const authority = rest.slice(0, rest.search(/[/?#]|$/))
  const at = authority.lastIndexOf('@')
  const colon = authority.indexOf(':')
  if (at < 0 || colon < 0 || colon > at) return { dbname: url, env: process.env }
  const password = decodeURIComponent(authority.slice(colon + 1, at))
  const dbname = `${scheme}${authority.slice(0, colon)}${rest.slice(at)}`
  return { dbname, env: password ? { ...process.env, PGPASSWORD: password } : process.env }
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
    })
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new PostgresToolError(
          error.code === 'ENOENT'
            ? `${tool} is not installed: install PostgreSQL's client tools (Debian: apt-get install ` +
                'postgresql-client), of the same major version as the server or newer.'
            : `${tool} could not start: ${error.message}`,
        ),
      ),
    )
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new PostgresToolError(`${tool} failed (exit ${code}): ${stderr.trim()}`)),
    )
  })
}

export async function dumpPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = toolConnection(url)
  await run('pg_dump', ['--format=custom', '--no-password', `--file=${file}`, `--dbname=${dbname}`], env)
}

/** Tables, views and sequences in schema public: a database the server has used has dozens. */
export async function countPostgresRelations(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S', 'p')`,
    )
    return rows[0]?.count ?? 0
  } finally {
    await client.end()
  }
}

/**
 * All or nothing (one transaction, stopping at the first error). `replace` drops what the dump is about
 * to create first; a role the dump names (the owner, the server's role) must exist on the target server.
 */
export async function restorePostgres(url: string, file: string, replace: boolean): Promise<void> {
  const { dbname, env } = toolConnection(url)
  const args = ['--exit-on-error', '--single-transaction', '--no-password', `--dbname=${dbname}`]
  if (replace) args.push('--clean', '--if-exists')
  await run('pg_restore', [...args, file], env)
}
