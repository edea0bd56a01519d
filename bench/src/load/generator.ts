// The load generator, in its own process (forked by run.ts). Told the users and the servers once
// ({ op: 'configure' }), then one step at a time ({ op: 'step', users, warmupSeconds, seconds }): that many users
// act, each after an exponential think time (mean `thinkSeconds`, so the actions arrive as a Poisson stream),
// each request sent round-robin to the servers, as a proxy in front of them would; every request that starts
// after the warm-up and ends within the step is timed. A request errs when its status is not 200 or it answers
// GraphQL errors. Answers { id, result } or { id, error }.
import http from 'node:http'
import { clientRequest } from './documents.ts'
import { Actor, roleShares, type Call, type LoadUser, type Role } from './workload.ts'

export type GeneratorCommand =
  | { id: number; op: 'configure'; ports: number[]; users: LoadUser[] }
  | { id: number; op: 'step'; users: number; warmupSeconds: number; seconds: number; thinkSeconds: number }

export interface OperationFigures {
  count: number
  errors: number
  p50: number
  p99: number
  max: number
}

export interface StepResult {
  users: number
  seconds: number
  requests: number
  errors: number
  p50: number
  p99: number
  byOperation: Record<string, OperationFigures>
  errorSamples: string[]
  roles: Record<Role, number>
}

let ports: number[] = []
let everyone: LoadUser[] = []
let agents: http.Agent[] = []
let next = 0

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function exchange(call: Call, user: LoadUser): Promise<{ ms: number; ok: boolean; text: string; status: number }> {
  const headers: Record<string, string> = {
    'x-graphql-yoga-csrf': '1',
    'accept-language': 'zh-CN',
    cookie: `tp_session=${user.token}`,
    ...(call.outboxOwner ? { 'x-outbox-owner': call.outboxOwner } : {}),
  }
  const request = clientRequest(call.operation, call.variables, headers)
  const server = next++ % ports.length
  const started = process.hrtime.bigint()
  return new Promise((resolve) => {
    const sent = http.request(
      {
        agent: agents[server],
        host: '127.0.0.1',
        port: ports[server],
        path: request.path,
        method: request.method,
        headers: request.body
          ? { ...request.headers, 'content-length': Buffer.byteLength(request.body) }
          : request.headers,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          const ms = Number(process.hrtime.bigint() - started) / 1e6
          const status = response.statusCode ?? 0
          resolve({ ms, ok: status === 200 && !text.includes('"errors"'), text, status })
        })
      },
    )
    sent.on('error', (error) => resolve({ ms: 0, ok: false, text: String(error), status: 0 }))
    sent.end(request.body)
  })
}

/** N users by the role shares: the first managers, departments and leaders, then field staff. */
function chooseUsers(count: number): LoadUser[] {
  const of = (role: Role) => everyone.filter((user) => user.role === role)
  const chosen: LoadUser[] = []
  for (const [role, share] of Object.entries(roleShares) as [Role, number][]) {
    const wanted = Math.round(count * share)
    const available = of(role)
    if (available.length < wanted)
      throw new Error(`${count} users need ${wanted} ${role}, the seed has ${available.length}`)
    chosen.push(...available.slice(0, wanted))
  }
  const staff = of('STAFF')
  const wanted = count - chosen.length
  if (staff.length < wanted) throw new Error(`${count} users need ${wanted} STAFF, the seed has ${staff.length}`)
  return [...chosen, ...staff.slice(0, wanted)]
}

async function step(users: number, warmupSeconds: number, seconds: number, thinkSeconds: number) {
  const times = new Map<string, number[]>()
  const errors = new Map<string, number>()
  const errorSamples: string[] = []
  const start = performance.now()
  const measureFrom = start + warmupSeconds * 1000
  const end = measureFrom + seconds * 1000
  const chosen = chooseUsers(users)
  const think = () => -Math.log(1 - Math.random()) * thinkSeconds * 1000
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  const run = async (user: LoadUser) => {
    const actor = new Actor(user, async (call) => {
      const sentAt = performance.now()
      const { ms, ok, text, status } = await exchange(call, user)
      const counted = sentAt >= measureFrom && sentAt < end
      if (counted) {
        const list = times.get(call.operation) ?? []
        times.set(call.operation, list)
        list.push(ms)
        if (!ok) errors.set(call.operation, (errors.get(call.operation) ?? 0) + 1)
      }
      if (!ok && errorSamples.length < 10) errorSamples.push(`${call.operation} ${status}: ${text.slice(0, 300)}`)
      if (!ok) return null
      return (JSON.parse(text) as { data?: Record<string, unknown> }).data ?? null
    })
    for (;;) {
      await sleep(think())
      if (performance.now() >= end) return
      await actor.act()
    }
  }
  await Promise.all(chosen.map(run))

  const byOperation: Record<string, OperationFigures> = {}
  const all: number[] = []
  for (const [operation, list] of [...times].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort((a, b) => a - b)
    all.push(...sorted)
    byOperation[operation] = {
      count: sorted.length,
      errors: errors.get(operation) ?? 0,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
    }
  }
  all.sort((a, b) => a - b)
  const roles = { STAFF: 0, PARK_MANAGER: 0, DEPARTMENT: 0, LEADER: 0 }
  for (const user of chosen) roles[user.role]++
  const result: StepResult = {
    users,
    seconds,
    requests: all.length,
    errors: [...errors.values()].reduce((sum, n) => sum + n, 0),
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    byOperation,
    errorSamples,
    roles,
  }
  return result
}

process.on('message', async (command: GeneratorCommand) => {
  try {
    if (command.op === 'configure') {
      ports = command.ports
      everyone = command.users
      agents = ports.map(() => new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }))
      process.send?.({ id: command.id, result: { users: everyone.length } })
      return
    }
    const result = await step(command.users, command.warmupSeconds, command.seconds, command.thinkSeconds)
    process.send?.({ id: command.id, result })
  } catch (error) {
    process.send?.({ id: command.id, error: (error as Error).stack ?? String(error) })
  }
})

process.send?.({ ready: true })
