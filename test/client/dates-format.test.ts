import { describe, expect, it } from 'vitest'
import { shortDate } from '../../client/src/format.ts'
import { dateTime, fullDate } from '../../client/src/staff/dates.ts'

// The dates are written by hand (no Intl at start-up): they must read exactly as zh-CN's Intl writes them.
const county = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', ...options })
const instants = [
  '2026-11-24T16:00:00Z',
  '2026-11-24T15:59:00Z',
  '2026-01-05T06:30:00Z',
  '2026-12-31T23:59:59.999Z',
  '2025-02-28T16:00:00Z',
  '2024-02-29T03:07:00Z',
]

describe('county dates without Intl', () => {
  it('write an instant as Intl does in Beijing time, whatever the phone’s time zone', () => {
    for (const iso of instants) {
      expect(dateTime(iso), iso).toBe(
        county({ month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(
          new Date(iso),
        ),
      )
      expect(fullDate(iso), iso).toBe(
        county({ year: 'numeric', month: 'numeric', day: 'numeric' }).format(new Date(iso)),
      )
    }
  })

  it('write a calendar day as that day, and drop the year within the county’s current year', () => {
    expect(fullDate('2026-03-07')).toBe('2026/3/7')
    const now = new Date('2026-12-31T17:00:00Z') // already 2027 in the county
    expect(shortDate('2026-12-31T15:00:00Z', now)).toBe('2026/12/31')
    expect(shortDate('2027-01-01T01:00:00Z', now)).toBe('1/1')
  })
})
