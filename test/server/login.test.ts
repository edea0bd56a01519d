// Signing in and out, as a browser would: a cookie the page's scripts cannot read.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi, errorCode } from '../support/api.ts'
import { createUnit, createUser, testPassword } from '../support/fixtures.ts'
import { graphql } from '../support/graphql.ts'

const Login = graphql(`
  mutation Login($login: String!, $password: String!) {
    login(login: $login, password: $password) {
      name
      role
      unit { name }
    }
  }
`)

const Me = graphql(`
  query Me {
    me {
      name
      login
      role
    }
  }
`)

const Logout = graphql(`
  mutation Logout {
    logout
  }
`)

let db: TestDatabase
let api: ReturnType<typeof createApi>

beforeAll(async () => {
  db = await openTestDatabase()
  api = createApi(db.prisma)
  const office = await createUnit(db.prisma, '人才办', 'OFFICE')
  await createUser(db.prisma, 'admin', 'ADMIN', office.id)
  await createUser(db.prisma, 'locked.out', 'STAFF', office.id)
})
afterAll(() => db?.close())

describe('login', () => {
  it('answers `me` with null when nobody is signed in', async () => {
    const result = await api.agent().request(Me)
    expect(result.errors).toBeUndefined()
    expect(result.data).toEqual({ me: null })
  })

  it('refuses a wrong password with a Chinese message, and sets no cookie', async () => {
    const browser = api.agent()
    const result = await browser.request(Login, { login: 'admin', password: 'wrong-password' })
    expect(errorCode(result)).toBe('INVALID_CREDENTIALS')
    expect(result.errors?.[0]?.message).toBe('账号或密码不正确')
    expect(browser.lastResponse?.headers.get('set-cookie')).toBeNull()
    expect((await browser.request(Me)).data).toEqual({ me: null })
  })

  it('gives the same answer for an unknown account as for a wrong password', async () => {
    const result = await api.agent().request(Login, { login: 'nobody', password: 'whatever' })
    expect(errorCode(result)).toBe('INVALID_CREDENTIALS')
  })

  it('signs in with an httpOnly session cookie, then `me` is the user, until logout', async () => {
    const browser = api.agent()
    const result = await browser.request(Login, { login: 'admin', password: testPassword })
    expect(result.data?.login).toEqual({ name: 'admin', role: 'ADMIN', unit: { name: '人才办' } })
    const cookie = browser.lastResponse?.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^tp_session=[\w-]{40,};/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect((await browser.request(Me)).data).toEqual({ me: { name: 'admin', login: 'admin', role: 'ADMIN' } })
    await browser.request(Logout)
    expect((await browser.request(Me)).data).toEqual({ me: null })
  })

  it('refuses a copied session cookie once its owner has logged out, even though it was just used', async () => {
    const browser = api.agent()
    await browser.request(Login, { login: 'admin', password: testPassword })
    const copied = (browser.lastResponse?.headers.get('set-cookie') ?? '').split(';')[0]!
    const thief = api.agent('10.6.6.6')
    expect((await thief.request(Me, {}, { cookie: copied })).data).toEqual({
      me: { name: 'admin', login: 'admin', role: 'ADMIN' },
    })
    await browser.request(Logout)
    expect((await thief.request(Me, {}, { cookie: copied })).data).toEqual({ me: null })
  })

  it('stores only a hash of the session token', async () => {
    const browser = api.agent()
    await browser.request(Login, { login: 'admin', password: testPassword })
    const token = (browser.lastResponse?.headers.get('set-cookie') ?? '').split(';')[0]!.split('=')[1]!
    expect(await db.prisma.session.count({ where: { id: token } })).toBe(0)
  })

  it('refuses the guessing address even the right password once it has guessed too often', async () => {
    // The clock stands still: the retry comes within the wait the third failure imposed, however slow the machine.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() })
    try {
      const attacker = api.agent('10.9.9.9')
      for (let attempt = 0; attempt < 3; attempt++) {
        await attacker.request(Login, { login: 'locked.out', password: `guess-${attempt}` })
      }
      const result = await attacker.request(Login, { login: 'locked.out', password: testPassword })
      expect(errorCode(result)).toBe('TOO_MANY_ATTEMPTS')
      expect(result.errors?.[0]?.message).toBe('登录失败次数过多，请 1 秒后再试')
      expect(
        (await api.agent('10.1.1.1').request(Login, { login: 'locked.out', password: testPassword })).data?.login,
      ).toMatchObject({ name: 'locked.out' })
    } finally {
      vi.useRealTimers()
    }
  })
})
