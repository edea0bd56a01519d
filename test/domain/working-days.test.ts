// Working days on a calendar of exceptions: the National Day week of 2025 (1–8 October off, Sunday 28 September
// and Saturday 11 October worked), counted in the county's time zone.
import { describe, expect, it } from 'vitest'
import { calendarOf, endOfWorkingDaysAfter, isWorkingDay, weekdaysOnly } from '../../server/src/domain/working-days.ts'
import { openDeadlines } from '../../server/src/domain/clocks.ts'

const nationalDay2025 = calendarOf([
  { date: '2025-09-28', working: true },
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => ({ date: `2025-10-${day}`, working: false })),
  { date: '2025-10-11', working: true },
])
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`)

describe('working days', () => {
  it('skip the holidays and count the make-up weekend days', () => {
    expect(isWorkingDay(new Date('2025-09-28T10:00:00+08:00'), nationalDay2025)).toBe(true)
    expect(isWorkingDay(new Date('2025-10-06T10:00:00+08:00'), nationalDay2025)).toBe(false)
    expect(isWorkingDay(new Date('2025-10-06T10:00:00+08:00'), weekdaysOnly)).toBe(true)
    const lateOn30th = new Date('2025-09-30T23:30:00+08:00')
    expect(endOfWorkingDaysAfter(lateOn30th, 1, nationalDay2025)).toEqual(endOf('2025-10-09'))
    expect(endOfWorkingDaysAfter(lateOn30th, 3, nationalDay2025)).toEqual(endOf('2025-10-11'))
    expect(endOfWorkingDaysAfter(lateOn30th, 1, weekdaysOnly)).toEqual(endOf('2025-10-01'))
    expect(endOfWorkingDaysAfter(lateOn30th, 0, nationalDay2025)).toEqual(endOf('2025-09-30'))
  })

  it('carry a lead’s clocks over the National Day week', () => {
    const lead = {
      status: 'ACTIVE' as const,
      createdAt: new Date('2025-09-26T16:00:00+08:00'),
      referrer: null,
      firstContactedAt: null,
      assessedAt: null,
      referrerAnsweredAt: null,
      nextFollowUpAt: null,
    }
    // Friday 26 September: the make-up Sunday counts, then 29 and 30 September, then nothing until 9 October.
    expect(openDeadlines(lead, undefined, nationalDay2025)).toEqual([
      { kind: 'FIRST_CONTACT', dueAt: endOf('2025-09-28') },
      { kind: 'ASSESSMENT', dueAt: endOf('2025-09-30') },
    ])
  })
})
