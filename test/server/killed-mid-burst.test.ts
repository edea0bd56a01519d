// A server killed with -9 (a power cut, the OOM killer) in the middle of a burst of writes: when it starts again
// on the same data, every write it had acknowledged is there, a phone replaying one gets the same record and
// not a second, and the audit chain verifies. The server runs as its own process, as in production.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import type { VariablesOf } from 'gql.tada'
import { openDatabase } from '../../server/src/db/open.ts'
import { verifyAuditChain } from '../../server/src/write/audit-chain.ts'
import { demoPassword } from '../../prisma/seed/demo-data.ts'
import { Browser } from '../deploy/web-client.ts'
import { testDatabaseKind } from '../support/database.ts'
import { adminUrl, databaseUrl } from '../support/postgres-url.ts'
import { globalId, uniquePhone } from '../support/pipeline.ts'
import { graphql } from '../support/graphql.ts'

const root = path.resolve(import.meta.dirname, '../..')

const Login = graphql(`
  mutation KilledLogin($login: String!, $password: String!) {
    login(login: $login, password: $password) { login }
  }
`)
const CreateLead = graphql(`
  mutation KilledCreateLead($input: CreateLeadInput!) {
    createLead(input: $input) { uuid }
  }
`)
const ReadProject = graphql(`
  query KilledReadProject($id: ID!) {
    node(id: $id) { ... on Project { uuid } }
  }
`)

type LeadInput = VariablesOf<typeof CreateLead>['input'] & { projectId: string; talentId: string }

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

async function startServer(env: Record<string, string>) {
  const port = await freePort()
  // One process, the server itself (tsx's launcher would be a second one, and -9 would kill only that).
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(root, 'server'),
    env: { ...process.env, ...env, PORT: String(port), ESCALATION_MINUTES: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = async () => {
    await expect.poll(() => output, { timeout: 170_000, interval: 200 }).toMatch(/ready on|✖/)
    if (!output.includes('ready on')) throw new Error(`The server did not start:\n${output}`)
    return `http://127.0.0.1:${port}`
  }
  return { url, exited, kill: (signal: NodeJS.Signals) => child.kill(signal), output: () => output }
}

function seedPostgres(url: string) {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/db/cli.ts', 'seed'], {
    cwd: path.join(root, 'server'),
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'inherit',
  })
  return new Promise<void>((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited ${code}`)))),
  )
}

const leadInput = (): LeadInput => ({
  clientMutationId: randomUUID(),
  projectId: randomUUID(),
  talentId: randomUUID(),
  talentName: '断电测试人才',
  phone: uniquePhone(),
  sourceChannel: 'TALENT_AMBASSADOR',
})

describe('a server killed with -9 during a burst of writes', () => {
  let env: Record<string, string>
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    if (testDatabaseKind === 'pglite') {
      const folder = await mkdtemp(path.join(tmpdir(), 'killed-mid-burst-'))
      env = { PGLITE_DIR: path.join(folder, 'data') }
      cleanup = () => rm(folder, { recursive: true, force: true })
    } else {
      const name = `talent_killed_${randomUUID().slice(0, 8)}`
      const admin = new pg.Client({ connectionString: adminUrl() })
      await admin.connect()
      await admin.query(`CREATE DATABASE "${name}"`)
      env = { DATABASE_URL: databaseUrl(name) }
      await seedPostgres(env.DATABASE_URL!)
      cleanup = async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await admin.end()
      }
    }
  }, 180_000)
  afterAll(() => cleanup?.())

  it('loses no acknowledged write, makes no second record on replay, and keeps the audit chain', async () => {
    const first = await startServer(env)
    const staff = new Browser()
    const acknowledged: LeadInput[] = []
    let base = await first.url()
    expect((await staff.request(base, Login, { login: 'east.staff', password: demoPassword })).data?.login.login).toBe(
      'east.staff',
    )
    // Four phones writing at once; the process is killed once twelve writes have been answered.
    let killed = false
    const phone = async () => {
      while (!killed) {
        const input = leadInput()
        const answer = await staff.request(base, CreateLead, { input }).catch(() => null)
        if (answer?.data?.createLead?.uuid === input.projectId) acknowledged.push(input)
        if (acknowledged.length >= 12 && !killed) {
          killed = true
          first.kill('SIGKILL')
        }
      }
    }
    await Promise.all([phone(), phone(), phone(), phone()])
    await first.exited

    const second = await startServer(env)
    try {
      base = await second.url()
      // The session lives in the database: the same cookie still signs the phone in.
      for (const input of acknowledged) {
        const read = await staff.request(base, ReadProject, { id: globalId('Project', input.projectId) })
        expect(read.data?.node).toEqual({ uuid: input.projectId })
      }
      const replayed = acknowledged[0]!
      const again = await staff.request(base, CreateLead, { input: replayed })
      expect(again.data?.createLead?.uuid).toBe(replayed.projectId)
    } finally {
      second.kill('SIGTERM')
      await second.exited
    }

    const database = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR })
    try {
      // One talent and one project per acknowledged lead, the replayed one included.
      const talentIds = acknowledged.map((input) => input.talentId)
      expect(await database.prisma.talent.count({ where: { id: { in: talentIds } } })).toBe(talentIds.length)
      expect(await database.prisma.project.count({ where: { talentId: { in: talentIds } } })).toBe(talentIds.length)
      const chain = await verifyAuditChain(database.prisma)
      expect(chain, chain.message).toMatchObject({ intact: true })
    } finally {
      await database.close()
    }
  }, 300_000)
})
