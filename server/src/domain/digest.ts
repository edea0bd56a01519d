// The daily digest's clock: at the office's time (county time, 08:30 unless changed), on the county's working
// days only — a statutory holiday has none, a 调休 Saturday has one. The job that sends it asks for the day's
// slot each minute and claims it once, whichever server process asks first.
import { TZDate } from '@date-fns/tz'
import { z } from 'zod'
import { countyTimeZone } from './clocks.ts'
import { countyDateKey, isWorkingDay, type WorkingCalendar } from './working-days.ts'

export interface DigestSettings {
  /** 'HH:MM', county time. */
  time: string
}

export const defaultDigestSettings: DigestSettings = { time: '08:30' }

export const digestSettingsInput = z.object({
  version: z.number({ message: '缺少版本号' }).int().min(0, '版本号不正确'),
  time: z
    .string({ message: '请填写每日提醒时间' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '每日提醒时间应为 HH:MM，如 08:30'),
})

/**
 * The moment of today's digest when it is due at `now` — a working day, and the office's time has come — or
 * null. "Today" is the county's date of `now`.
 */
export function digestSlot(now: Date, settings: DigestSettings, calendar: WorkingCalendar): Date | null {
  if (!isWorkingDay(now, calendar)) return null
  const [year, month, day] = countyDateKey(now).split('-').map(Number) as [number, number, number]
  const [hours, minutes] = settings.time.split(':').map(Number) as [number, number]
  const slot = new Date(new TZDate(year, month - 1, day, hours, minutes, countyTimeZone).getTime())
  return now >= slot ? slot : null
}

/** The start of the county day of `moment`: a digest already sent since then was today's. */
export function startOfCountyDayOf(moment: Date): Date {
  const [year, month, day] = countyDateKey(moment).split('-').map(Number) as [number, number, number]
  return new Date(new TZDate(year, month - 1, day, countyTimeZone).getTime())
}
