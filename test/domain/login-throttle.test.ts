// The login throttle's rules on a fixed clock: progressive delay, lock, spraying and an account under attack.
import { describe, expect, it } from 'vitest'
import {
  accountLock,
  delaySeconds,
  loginVerdict,
  locksNow,
  refusalMessage,
  type ThrottleFacts,
} from '../../server/src/domain/login-throttle.ts'

const now = new Date('2026-03-02T09:00:00Z')
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000)
const facts = (overrides: Partial<ThrottleFacts> = {}): ThrottleFacts => ({
  now,
  pairFailures: [],
  lockedUntil: null,
  addressFailures: 0,
  accountFailures: 0,
  knownAddress: false,
  ...overrides,
})

describe('login throttle', () => {
  it('lets the first three failures retry at once, then doubles the wait up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 9, 12].map(delaySeconds)).toEqual([0, 0, 0, 1, 2, 4, 60, 60])
  })

  it('refuses an attempt inside the wait and says how long to wait; allows it once the wait is over', () => {
    const four = [secondsAgo(30), secondsAgo(20), secondsAgo(10), secondsAgo(1)]
    const refused = loginVerdict(facts({ pairFailures: four }))
    expect(refused).toEqual({ allowed: false, refusal: 'WAIT', retryAt: new Date(now.getTime() + 1000) })
    if (refused.allowed) throw new Error('unreachable')
    expect(refusalMessage(refused, now)).toBe('登录失败次数过多，请 1 秒后再试')
    expect(loginVerdict(facts({ pairFailures: [...four.slice(0, 3), secondsAgo(2)] }))).toEqual({ allowed: true })
  })

  it('locks the account from one address at the tenth failure in a row, and says when it ends', () => {
    expect(locksNow(9)).toBe(false)
    expect(locksNow(10)).toBe(true)
    const until = new Date(now.getTime() + 14 * 60_000 + 5000)
    const verdict = loginVerdict(facts({ lockedUntil: until }))
    expect(verdict).toEqual({ allowed: false, refusal: 'LOCKED', retryAt: until })
    if (verdict.allowed) throw new Error('unreachable')
    expect(refusalMessage(verdict, now)).toBe('登录失败次数过多，已暂时锁定，请 15 分钟后再试，或联系管理员解锁')
    expect(loginVerdict(facts({ lockedUntil: secondsAgo(1) }))).toEqual({ allowed: true })
  })

  it('stops one address spraying many accounts', () => {
    expect(loginVerdict(facts({ addressFailures: 29 }))).toEqual({ allowed: true })
    expect(loginVerdict(facts({ addressFailures: 30 }))).toMatchObject({ allowed: false, refusal: 'ADDRESS' })
  })

  it('admits only known addresses to an account under attack from many addresses', () => {
    expect(loginVerdict(facts({ accountFailures: 50, knownAddress: true }))).toEqual({ allowed: true })
    const stranger = loginVerdict(facts({ accountFailures: 50 }))
    expect(stranger).toEqual({ allowed: false, refusal: 'ACCOUNT_UNDER_ATTACK', retryAt: null })
    if (stranger.allowed) throw new Error('unreachable')
    expect(refusalMessage(stranger, now)).toMatch(/联系管理员解锁/)
  })
})

describe('an account as the office’s list shows it', () => {
  const later = (seconds: number) => new Date(now.getTime() + seconds * 1000)
  it('is locked until its last lock in force ends, counting the addresses locked out', () => {
    expect(accountLock([later(60), later(600), secondsAgo(1)], 12, now)).toEqual({
      until: later(600),
      lockedAddresses: 2,
      underAttack: false,
    })
  })
  it('is held by an attack from many addresses, with no end of its own', () => {
    expect(accountLock([], 50, now)).toEqual({ until: null, lockedAddresses: 0, underAttack: true })
  })
  it('is not locked once its locks ran out and the failures are fewer than an attack', () => {
    expect(accountLock([secondsAgo(1)], 49, now)).toBeNull()
  })
})
