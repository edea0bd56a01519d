// How `cli.js backup` / `restore` hand a PostgreSQL URL to pg_dump and pg_restore: the password through
// PGPASSWORD, never on their command line (where `ps` shows it), and every other part as the admin wrote it,
// the Unix-socket form of INSTALL.md included, which libpq reads and WHATWG's URL refuses.
import { expect, it } from 'vitest'
import { toolConnection } from '../../server/src/db/backup/postgres-dump.ts'

it('passes a Unix-socket URL to the tools as written', () => {
  const url = 'postgresql://talent@/talent?host=/var/run/postgresql'
  const { dbname, env } = toolConnection(url)
  expect(dbname).toBe(url)
  expect(env.PGPASSWORD).toBe(process.env.PGPASSWORD)
})

it('takes the password out of the URL, decoded, and hands it over in PGPASSWORD', () => {
  const { dbname, env } = toolConnection(
    'postgresql://talent_owner:p%40ss:w%2Fd@db.county.lan:5433/talent?sslmode=require',
  )
  expect(dbname).toBe('postgresql://talent_owner@db.county.lan:5433/talent?sslmode=require')
  expect(env.PGPASSWORD).toBe('p@ss:w/d')
})

it('reads the user information up to its last @, as URL parsers do', () => {
  const { dbname, env } = toolConnection('postgres://talent:se@cret@/talent?host=/run/postgresql')
  expect(dbname).toBe('postgres://talent@/talent?host=/run/postgresql')
  expect(env.PGPASSWORD).toBe('se@cret')
})

it('leaves a URL with no password, or a port and no user, as it is', () => {
  for (const url of ['postgresql://talent@db.county.lan/talent', 'postgresql://db.county.lan:5432/talent']) {
    expect(toolConnection(url).dbname).toBe(url)
  }
})
