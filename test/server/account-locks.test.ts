// The office's list of accounts says which are locked now: an address locked out after ten wrong passwords
// (until when), or an account tried from many addresses; the lock disappears from the list once lifted or
// over, and nobody but the owner and the office reads it. The whole page costs the same statements.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { openTestDatabase, sessionStatements, type TestDatabase } from '../support/database.ts'
import { createApi, errorCode } from '../support/api.ts'
import { createUnit, createUser, testPassword } from '../support/fixtures.ts'
import { graphql } from '../support/graphql.ts'

const Accounts = graphql(`
  query LockedAccounts($first: Int!) {
    accounts(first: $first) {
      edges { node { login loginLock { until lockedAddresses underAttack } } }
    }
  }
`)

const Colleague = graphql(`
  query ColleagueLock($id: ID!) {
    node(id: $id) { ... on User { name loginLock { until } } }
  }
`)

const Login = graphql(`
  mutation GuessPassword($login: String!, $password: String!) {
    login(login: $login, password: $password) { name }
  }
`)

const UnlockAccount = graphql(`
  mutation UnlockLockedAccount($userId: String!) {
    unlockAccount(userId: $userId) { login loginLock { until } }
  }
`)

let db: TestDatabase
let api: ReturnType<typeof createApi>
let admin: ReturnType<ReturnType<typeof createApi>['agent']>
const ids: Record<string, string> = {}
// Only durations matter: the clock starts at the real time, as in login-throttle.test.ts.
let clock = Date.now()
const advance = (seconds: number) => {
  clock += seconds * 1000
  vi.setSystemTime(clock)
}

async function locks() {
  const result = await admin.request(Accounts, { first: 100 })
  expect(result.errors).toBeUndefined()
  const nodes = result.data?.accounts.edges.map((edge) => edge.node) ?? []
  return Object.fromEntries(nodes.map((node) => [node.login, node.loginLock]))
}

beforeAll(async () => {
  db = await openTestDatabase()
  api = createApi(db.prisma)
  const office = await createUnit(db.prisma, '人才办', 'OFFICE')
  const park = await createUnit(db.prisma, '东部园区')
  await createUser(db.prisma, 'admin', 'ADMIN', office.id)
  for (const login of ['guessed', 'attacked', 'calm'])
    ids[login] = (await createUser(db.prisma, login, 'STAFF', park.id)).id
  admin = await api.agent('10.0.0.2').login('admin')
})
afterAll(() => db?.close())
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  advance(3600)
})
afterEach(() => vi.useRealTimers())

describe('locked accounts on the office’s list', () => {
  it('shows an address locked out after ten wrong passwords, until when, and nothing for the others', async () => {
    for (let guess = 0; guess < 10; guess++) {
      advance(61)
      const attempt = await api.agent('198.51.100.5').request(Login, { login: 'guessed', password: `guess-${guess}` })
      expect(errorCode(attempt)).toBe('INVALID_CREDENTIALS')
    }
    const lockedAt = clock
    advance(60)
    const shown = await locks()
    expect(shown.guessed).toEqual({
      until: new Date(lockedAt + 15 * 60_000).toISOString(),
      lockedAddresses: 1,
      underAttack: false,
    })
    expect(shown.calm).toBeNull()
    expect(shown.admin).toBeNull()
  })

  it('shows an account tried from many addresses, whose owner may sign in only from known networks', async () => {
    const at = new Date(clock - 60_000)
    await db.prisma.loginAttempt.createMany({
      data: Array.from({ length: 50 }, (_, n) => ({
        login: 'attacked',
        address: `203.0.113.${n}`,
        succeeded: false,
        at,
      })),
    })
    expect((await locks()).attacked).toEqual({ until: null, lockedAddresses: 0, underAttack: true })
  })

  it('is gone once the office lifts it, and the answer to the unlock says so', async () => {
    const unlocked = await admin.request(UnlockAccount, { userId: ids.attacked! })
    expect(unlocked.data?.unlockAccount).toEqual({ login: 'attacked', loginLock: null })
    expect((await admin.request(UnlockAccount, { userId: ids.guessed! })).data?.unlockAccount.loginLock).toBeNull()
    const shown = await locks()
    expect([shown.attacked, shown.guessed]).toEqual([null, null])
  })

  it('ends by itself when the lock runs out', async () => {
    for (let guess = 0; guess < 10; guess++) {
      advance(61)
      await api.agent('198.51.100.9').request(Login, { login: 'calm', password: `guess-${guess}` })
    }
    expect((await locks()).calm).toMatchObject({ lockedAddresses: 1 })
    advance(15 * 60 + 1)
    expect((await locks()).calm).toBeNull()
  })

  it('is read by the owner and the office only', async () => {
    const owner = await api.agent('10.20.0.5').login('calm', testPassword)
    const id = btoa(`User:${ids.guessed}`)
    const peek = await owner.request(Colleague, { id })
    expect(errorCode(peek)).toBe('FORBIDDEN')
    const own = await owner.request(Colleague, { id: btoa(`User:${ids.calm}`) })
    expect(own.data?.node).toEqual({ name: 'calm', loginLock: null })
  })

  it('costs the same statements for a page of four accounts as for one', async () => {
    const count = async (first: number) => {
      await admin.request(Accounts, { first }) // the session is remembered from here on, on PGlite
      db.queries.length = 0
      await admin.request(Accounts, { first })
      return db.queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim())).length
    }
    // the page, and the locks and the failures of all its accounts (and the session, on PostgreSQL)
    expect(await count(1)).toBe(3 + sessionStatements)
    expect(await count(4)).toBe(3 + sessionStatements)
  })
})
