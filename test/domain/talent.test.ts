// A talent's details as staff type them: here, the birth years a talent can have.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { parseCreateTalent } from '../../server/src/domain/talent.ts'
import { DomainError } from '../../server/src/domain/errors.ts'

const input = (birthYear: number) => ({ clientMutationId: uuidv7(), id: uuidv7(), name: '李四', birthYear })
const refusal = (birthYear: number) => {
  try {
    parseCreateTalent(input(birthYear))
    return null
  } catch (error) {
    if (error instanceof DomainError) return error.message
    throw error
  }
}

afterEach(() => vi.useRealTimers())

describe('a talent’s birth year', () => {
  it('is 14 to 100 years before the county year, which turns at county midnight on New Year’s Eve', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // 31 Dec 2026, 23:30 in the county (15:30 UTC): still 2026.
    vi.setSystemTime(new Date('2026-12-31T15:30:00Z'))
    expect(refusal(2012)).toBeNull()
    expect(refusal(2013)).toBe('出生年份不正确')
    expect(refusal(1926)).toBeNull()
    // Half an hour later the county is in 2027, though a server on UTC is not: a same-process parse follows.
    vi.setSystemTime(new Date('2026-12-31T16:30:00Z'))
    expect(refusal(2013)).toBeNull()
    expect(refusal(1926)).toBe('出生年份不正确')
  })
})
