// `pnpm --filter bench load:profile`: where a write's time goes. One process, the load's seeded county on a fresh
// PostgreSQL database; the phone's writes (the client's StaffLogActivity, CreateLead and PipelineMoveStage, with
// the outbox's ids) sent one after the other through the product's yoga (`buildYoga`, in process), every SQL
// statement timed as the server's `pg` client sees it (Client#query wrapped) and sorted into the write's parts;
// the trigger functions' own time read from PostgreSQL (track_functions = all, pg_stat_user_functions).
// BENCH_PROFILE_WRITES (200 per operation), BENCH_LOAD_PROJECTS (3000).
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import pg from 'pg'
import { hashPassword } from '../../../server/src/auth/password.ts'
import { openDatabase } from '../../../server/src/db/open.ts'
import { buildYoga } from '../../../server/src/yoga.ts'
import { createBenchDatabase } from '../database.ts'
import { clientRequest } from './documents.ts'
import { loadSeedSql, loadSize, sessionToken } from './seed.ts'
import { Actor, type Call, type LoadUser } from './workload.ts'

const writes = Number(process.env.BENCH_PROFILE_WRITES ?? 200)
const projects = Number(process.env.BENCH_LOAD_PROJECTS ?? 3000)

/** The parts of a write, by the statement's text (first match wins). */
const parts: [name: string, pattern: RegExp][] = [
  ['transaction: BEGIN', /^begin/i],
  ['transaction: COMMIT (deferred audit chain)', /^commit/i],
  ['apply-once: look up the id', /^select .*"AppliedMutation"/is],
  ['apply-once: claim the id', /^insert into .*"AppliedMutation"/is],
  ['apply-once: record the result', /^update .*"AppliedMutation"/is],
  ['audit: insert the entry', /^insert into .*"AuditLog"/is],
  ['session and settings', /"Session"|"Setting"|"CalendarDay"/i],
  ['write: insert the activity (+ triggers)', /^insert into .*"Activity"/is],
  ['write: insert talent/project (+ triggers)', /^insert into .*"(Talent|Project|ProjectMember)"/is],
  ['write: stage change (+ triggers)', /^insert into .*"StageChange"/is],
  ['write: update project (+ triggers)', /^update .*"Project"/is],
  ['reads: checks and the answer', /^select/i],
]

const statements: { text: string; ms: number }[] = []
function timePg(pgModule: { Client: { prototype: { query: (...args: unknown[]) => unknown } } }) {
  const send = pgModule.Client.prototype.query
  pgModule.Client.prototype.query = function timed(this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined
    const text = typeof first === 'string' ? first : (first?.text ?? '')
    const started = performance.now()
    const done = args.at(-1)
    if (typeof done === 'function') {
      args[args.length - 1] = (...answer: unknown[]) => {
        statements.push({ text, ms: performance.now() - started })
        return (done as (...a: unknown[]) => unknown)(...answer)
      }
      return send.apply(this, args)
    }
    const result = send.apply(this, args)
    if (result instanceof Promise)
      return result.finally(() => statements.push({ text, ms: performance.now() - started }))
    return result
  }
}

async function main() {
  const database = await createBenchDatabase()
  const admin = new pg.Client({ connectionString: database.url })
  try {
    await admin.connect()
    const secret = randomBytes(9).toString('base64url')
    await admin.query(loadSeedSql(await hashPassword(secret), loadSize(projects), secret))
    await admin.query('VACUUM ANALYZE')
    await admin.query(`ALTER DATABASE "${database.name}" SET track_functions = 'all'`)
    const users = (
      await admin.query<Omit<LoadUser, 'token'>>(
        `SELECT u.login, u.id::text, u.role::text, u."unitId"::text,
           coalesce((SELECT array_agg(id::text) FROM (SELECT id FROM "Project"
             WHERE "ownerId" = u.id AND status = 'ACTIVE' ORDER BY id LIMIT 30) p), '{}') AS projects
         FROM "User" u WHERE u.role IN ('STAFF', 'PARK_MANAGER') ORDER BY u.login LIMIT 40`,
      )
    ).rows.map((user) => ({ ...user, token: sessionToken(secret, user.login) }))

    const adapter = createRequire(import.meta.url).resolve('@prisma/adapter-pg', {
      paths: [new URL('../../../server/', import.meta.url).pathname],
    })
    timePg(createRequire(adapter)('pg'))
    const served = await openDatabase({ url: database.url })
    const yoga = buildYoga({ prisma: served.prisma })
    let failures = 0
    const sendAs = (user: LoadUser) => async (call: Call) => {
      const request = clientRequest(call.operation, call.variables, {
        'x-graphql-yoga-csrf': '1',
        cookie: `tp_session=${user.token}`,
        ...(call.outboxOwner ? { 'x-outbox-owner': call.outboxOwner } : {}),
      })
      const response = await yoga.fetch(`http://bench${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      })
      const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] }
      if (json.errors && failures++ < 3) console.error(JSON.stringify(json.errors).slice(0, 500))
      return json.data ?? null
    }
    const staff = users.filter((user) => user.role === 'STAFF')
    const manager = users.find((user) => user.role === 'PARK_MANAGER')!
    const board = new Actor(manager, sendAs(manager))

    type Profile = {
      operation: string
      totalMs: number
      byPart: Map<string, number>
      counts: Map<string, number>
      functions: Map<string, number>
      sample: string[]
    }
    const profiles: Profile[] = []
    const functionTimes = async () =>
      new Map(
        (
          await admin.query<{ funcname: string; total: number }>(
            'SELECT funcname, total_time AS total FROM pg_stat_user_functions',
          )
        ).rows.map((row) => [row.funcname, Number(row.total)]),
      )
    const profile = async (operation: string, act: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 20; i++) await act(i) // warm-up
      await new Promise((resolve) => setTimeout(resolve, 600)) // the statistics collector's flush
      const before = await functionTimes()
      statements.length = 0
      const started = performance.now()
      for (let i = 0; i < writes; i++) await act(i)
      const totalMs = (performance.now() - started) / writes
      const byPart = new Map<string, number>()
      const counts = new Map<string, number>()
      for (const { text, ms } of statements) {
        const part = parts.find(([, pattern]) => pattern.test(text.trim()))?.[0] ?? 'other'
        byPart.set(part, (byPart.get(part) ?? 0) + ms / writes)
        counts.set(part, (counts.get(part) ?? 0) + 1 / writes)
      }
      statements.length = 0
      await act(writes)
      const sample = statements.map(({ text }) => text.replace(/\s+/g, ' ').slice(0, 160))
      await new Promise((resolve) => setTimeout(resolve, 600))
      const after = await functionTimes()
      const functions = new Map<string, number>()
      for (const [name, total] of after) functions.set(name, (total - (before.get(name) ?? 0)) / writes)
      profiles.push({ operation, totalMs, byPart, counts, functions, sample })
    }

    const staffActors = staff.map((user) => new Actor(user, sendAs(user)))
    await profile('StaffLogActivity', (i) => staffActors[i % staffActors.length]!.logFollowUp())
    await profile('CreateLead', (i) => staffActors[i % staffActors.length]!.logLead())
    await board.openBoard()
    await profile('PipelineMoveStage', () => board.moveStage())

    for (const { operation, totalMs, byPart, counts, functions, sample } of profiles) {
      const sql = [...byPart.values()].reduce((sum, ms) => sum + ms, 0)
      console.log(
        `\n${operation}: ${totalMs.toFixed(2)} ms per write in the server, ${sql.toFixed(2)} ms of it in SQL\n`,
      )
      console.log('| part | statements | ms per write | share of the write |\n| --- | ---: | ---: | ---: |')
      const rows = [...byPart].sort((a, b) => b[1] - a[1])
      rows.push(['outside SQL (GraphQL, Prisma, JSON)', totalMs - sql])
      for (const [part, ms] of rows) {
        const count = counts.get(part)
        console.log(
          `| ${part} | ${count === undefined ? '' : count.toFixed(1)} | ${ms.toFixed(2)} | ` +
            `${((100 * ms) / totalMs).toFixed(0)} % |`,
        )
      }
      console.log('\nTrigger and SQL functions (time inside each, ms per write, callees included):')
      for (const [name, ms] of [...functions].filter(([, ms]) => ms > 0.005).sort((a, b) => b[1] - a[1]))
        console.log(`  ${name}: ${ms.toFixed(3)}`)
      if (process.env.BENCH_PROFILE_SAMPLE === '1') console.log(`\nOne write's statements:\n  ${sample.join('\n  ')}`)
    }
    if (failures) console.error(`${failures} writes answered errors`)
    await served.close()
  } finally {
    await admin.end().catch(() => {})
    await database.drop()
  }
}

await main()
