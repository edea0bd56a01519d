import { describe, expect, it } from 'vitest'
import { SessionCache } from '../../server/src/auth/session-cache.ts'

const session = (userId: string) => ({
  sessionId: `s-${userId}`,
  user: { id: userId, name: userId, role: 'STAFF' as const, unitId: 'u' },
})
const farFuture = new Date('2100-01-01')

describe('the remembered sessions', () => {
  it('last no longer than the time allowed, nor past the session’s own expiry', () => {
    let now = 1_000
    const cache = new SessionCache(10_000, 100, () => now)
    cache.set('a', session('a'), farFuture)
    cache.set('b', session('b'), new Date(3_000))
    now = 2_999
    expect(cache.get('a')).toEqual(session('a'))
    expect(cache.get('b')).toEqual(session('b'))
    now = 3_000
    expect(cache.get('b')).toBeUndefined()
    now = 11_000
    expect(cache.get('a')).toBeUndefined()
  })

  it('forget a session at logout and every session of a changed user', () => {
    const cache = new SessionCache(10_000, 100)
    cache.set('a1', session('a'), farFuture)
    cache.set('a2', { ...session('a'), sessionId: 'other' }, farFuture)
    cache.set('b', session('b'), farFuture)
    cache.forget('b')
    expect(cache.get('b')).toBeUndefined()
    cache.forgetUser('a')
    expect([cache.get('a1'), cache.get('a2')]).toEqual([undefined, undefined])
  })

  it('hold a bounded number, dropping the oldest first', () => {
    const cache = new SessionCache(10_000, 2)
    for (const key of ['x', 'y', 'z']) cache.set(key, session(key), farFuture)
    expect([cache.get('x'), cache.get('y'), cache.get('z')]).toEqual([undefined, session('y'), session('z')])
  })
})
