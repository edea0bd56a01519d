// Guessing at a password slows, then locks out only the guesser's address: the owner still signs in from
// their own, learns of it at that sign-in, and an administrator can lift the lock. The clock is set.
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { print } from 'graphql'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi, errorCode } from '../support/api.ts'
import { createUnit, createUser, testPassword } from '../support/fixtures.ts'
import { graphql } from '../support/graphql.ts'
import { createAppServer } from '../../server/src/app.ts'

const LoginWithLocks = graphql(`
  mutation LoginWithLocks($login: String!, $password: String!) {
    login(login: $login, password: $password) {
      name
      loginLocksSinceLastSignIn { address failures }
    }
  }
`)

const UnlockAccount = graphql(`
  mutation UnlockAccount($userId: String!) {
    unlockAccount(userId: $userId) {
      name
    }
  }
`)

const MyLocks = graphql(`
  query MyLocks {
    me {
      loginLocksSinceLastSignIn { address failures }
    }
  }
`)

let db: TestDatabase
let api: ReturnType<typeof createApi>
let _leaderId: string
// Only durations matter here: the clock starts at the real time (timers elsewhere compare it with theirs).
let clock = Date.now()

const advance = (seconds: number) => {
  clock += seconds * 1000
  vi.setSystemTime(clock)
}
const signIn = (address: string, who: string, password = testPassword) =>
  api.agent(address).request(LoginWithLocks, { login: who, password })

/** Ten wrong passwords in a row from one address, each after the wait the last one imposed. */
async function guessTenTimes(who: string, address: string) {
  for (let guess = 0; guess < 10; guess++) {
    advance(61)
    expect(errorCode(await signIn(address, who, `guess-${guess}`))).toBe('INVALID_CREDENTIALS')
  }
}

beforeAll(async () => {
  db = await openTestDatabase()
  api = createApi(db.prisma)
  const office = await createUnit(db.prisma, '人才办', 'OFFICE')
  await createUser(db.prisma, 'admin', 'ADMIN', office.id)
  await createUser(db.prisma, 'staff', 'STAFF', office.id)
  _leaderId = (await createUser(db.prisma, 'leader', 'LEADER', office.id)).id
  for (const who of ['slow', 'proxied', 'notified']) await createUser(db.prisma, who, 'STAFF', office.id)
})
afterAll(() => db?.close())
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  advance(3600)
})
afterEach(() => vi.useRealTimers())

describe('login throttle', () => {
  it('locks out the guessing address only: the owner still signs in from another', async () => {
    await guessTenTimes('leader', '198.51.100.66')
    advance(61)
    const attacker = await signIn('198.51.100.66', 'leader')
    expect(errorCode(attacker)).toBe('TOO_MANY_ATTEMPTS')
    // Locked at the tenth failure, a minute ago.
    expect(attacker.errors?.[0]?.message).toBe('登录失败次数过多，已暂时锁定，请 14 分钟后再试，或联系管理员解锁')
    expect((await signIn('10.20.0.5', 'leader')).data?.login).toMatchObject({ name: 'leader' })
  })

  it('makes each attempt after the third failure in a row wait longer: 1 s, then 2 s', async () => {
    for (let guess = 0; guess < 3; guess++) await signIn('192.0.2.10', 'slow', `guess-${guess}`)
    const tooSoon = await signIn('192.0.2.10', 'slow')
    expect(errorCode(tooSoon)).toBe('TOO_MANY_ATTEMPTS')
    expect(tooSoon.errors?.[0]?.message).toBe('登录失败次数过多，请 1 秒后再试')
    advance(1)
    expect(errorCode(await signIn('192.0.2.10', 'slow', 'guess-3'))).toBe('INVALID_CREDENTIALS')
    advance(1)
    expect((await signIn('192.0.2.10', 'slow')).errors?.[0]?.message).toBe('登录失败次数过多，请 1 秒后再试')
    advance(1)
    expect((await signIn('192.0.2.10', 'slow')).data?.login).toMatchObject({ name: 'slow' })
  })

  it('lets an administrator lift a lock, and keeps that in the audit log; nobody else may', async () => {
    await guessTenTimes('staff', '198.51.100.77')
    const staffId = (await db.prisma.user.findUniqueOrThrow({ where: { login: 'staff' } })).id
    const leader = await api.agent('10.20.0.5').login('leader')
    expect(errorCode(await leader.request(UnlockAccount, { userId: staffId }))).toBe('FORBIDDEN')
    expect(errorCode(await signIn('198.51.100.77', 'staff'))).toBe('TOO_MANY_ATTEMPTS')

    const admin = await api.agent('10.0.0.2').login('admin')
    expect((await admin.request(UnlockAccount, { userId: staffId })).data).toEqual({ unlockAccount: { name: 'staff' } })
    expect(
      await db.prisma.auditLog.findMany({
        where: { action: 'unlockAccount', entityId: staffId },
        select: { address: true, changes: true },
      }),
    ).toEqual([{ address: '10.0.0.2', changes: { login: 'staff', liftedLocks: 1 } }])
    expect((await signIn('198.51.100.77', 'staff')).data?.login).toMatchObject({ name: 'staff' })
  })

  it(
    'tells the owner at their next sign-in when, ' + 'from where and after how many failures they were locked',
    async () => {
      expect((await signIn('10.20.0.9', 'notified')).data?.login).toEqual({
        name: 'notified',
        loginLocksSinceLastSignIn: [],
      })
      await guessTenTimes('notified', '198.51.100.88')
      advance(60)
      const owner = api.agent('10.20.0.9')
      const first = await owner.request(LoginWithLocks, { login: 'notified', password: testPassword })
      expect(first.data?.login.loginLocksSinceLastSignIn).toEqual([{ address: '198.51.100.88', failures: 10 }])
      const me = await owner.request(MyLocks)
      expect(me.data?.me?.loginLocksSinceLastSignIn).toEqual([{ address: '198.51.100.88', failures: 10 }])
      advance(60)
      expect((await signIn('10.20.0.9', 'notified')).data?.login.loginLocksSinceLastSignIn).toEqual([])
    },
  )
})

describe('behind a trusted reverse proxy', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = createAppServer(api.yoga, '/nonexistent-client', { trustProxy: 1 })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server?.close(resolve)))

  it('counts failures against the address the proxy appended, whatever the client wrote before it', async () => {
    const attempt = async (spoofed: string, password: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `${spoofed}, 203.0.113.7` },
        body: JSON.stringify({ query: print(LoginWithLocks), variables: { login: 'proxied', password } }),
      })
      return (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }
    }
    for (let guess = 0; guess < 3; guess++) await attempt(`1.2.3.${guess}`, `guess-${guess}`)
    const fourth = await attempt('1.2.3.99', testPassword)
    expect(fourth.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS')
    const addresses = await db.prisma.loginAttempt.findMany({
      where: { login: 'proxied' },
      distinct: ['address'],
      select: { address: true },
    })
    expect(addresses).toEqual([{ address: '203.0.113.7' }])
  })
})
