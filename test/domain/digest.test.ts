// The daily digest comes at the office's time, county time, on the county's working days only.
import { describe, expect, it } from 'vitest'
import {
  defaultDigestSettings,
  digestSettingsInput,
  digestSlot,
  startOfCountyDayOf,
} from '../../server/src/domain/digest.ts'
import { calendarOf } from '../../server/src/domain/working-days.ts'

// 2026-10-01 (Thursday) is National Day; Saturday 2026-10-10 is worked in its place (调休).
const calendar = calendarOf([
  { date: '2026-10-01', working: false },
  { date: '2026-10-10', working: true },
])
const at = (county: string) => new Date(`${county}+08:00`)

describe('the digest’s slot', () => {
  it('comes at 08:30 county time on a working day, not a minute before', () => {
    expect(digestSlot(at('2026-09-28T08:29:59'), defaultDigestSettings, calendar)).toBeNull()
    expect(digestSlot(at('2026-09-28T08:30:00'), defaultDigestSettings, calendar)).toEqual(at('2026-09-28T08:30:00'))
    expect(digestSlot(at('2026-09-28T23:59:00'), defaultDigestSettings, calendar)).toEqual(at('2026-09-28T08:30:00'))
  })

  it('belongs to the county’s day, whatever the server’s time zone says (00:10 in the county is 16:10 UTC)', () => {
    expect(digestSlot(at('2026-09-29T00:10:00'), { time: '00:05' }, calendar)).toEqual(at('2026-09-29T00:05:00'))
    expect(startOfCountyDayOf(at('2026-09-29T00:10:00'))).toEqual(at('2026-09-29T00:00:00'))
  })

  it('skips weekends and statutory holidays, and comes on a worked Saturday', () => {
    expect(digestSlot(at('2026-10-03T09:00:00'), defaultDigestSettings, calendar)).toBeNull()
    expect(digestSlot(at('2026-10-01T09:00:00'), defaultDigestSettings, calendar)).toBeNull()
    expect(digestSlot(at('2026-10-10T09:00:00'), defaultDigestSettings, calendar)).toEqual(at('2026-10-10T08:30:00'))
  })

  it('follows the office’s time', () => {
    expect(digestSlot(at('2026-09-28T08:45:00'), { time: '17:00' }, calendar)).toBeNull()
    expect(digestSlot(at('2026-09-28T17:00:00'), { time: '17:00' }, calendar)).toEqual(at('2026-09-28T17:00:00'))
  })

  it('takes a time as HH:MM only, with a Chinese message otherwise', () => {
    expect(digestSettingsInput.safeParse({ version: 0, time: '07:45' }).success).toBe(true)
    const wrong = digestSettingsInput.safeParse({ version: 0, time: '8:30' })
    expect(wrong.error?.issues[0]?.message).toBe('每日提醒时间应为 HH:MM，如 08:30')
    expect(digestSettingsInput.safeParse({ version: 0, time: '24:00' }).success).toBe(false)
  })
})
