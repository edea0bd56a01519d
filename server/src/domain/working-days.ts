// The county's working days: Monday to Friday, less the statutory holidays, plus the weekend days worked in their
// place (调休上班). Every count of working days (the response clocks, support-request due dates, escalation) goes
// through here, so a deadline never falls due in the middle of the National Day week.
import { addDays, endOfDay } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import { countyTimeZone } from './clocks.ts'

export interface WorkingCalendar {
  /** County dates ('2025-10-01') that break the Monday–Friday rule: true when worked, false when a holiday. */
  exceptions: ReadonlyMap<string, boolean>
}

/** Monday to Friday, no holidays: what the clocks counted before the calendar, and the domain tests' default. */
export const weekdaysOnly: WorkingCalendar = { exceptions: new Map() }

export function calendarOf(days: Iterable<{ date: string; working: boolean }>): WorkingCalendar {
  return { exceptions: new Map([...days].map((day) => [day.date, day.working])) }
}

// One formatter for every call: toLocaleDateString with a time zone builds a new one each time, which made these
// date keys a quarter of the server's CPU under load (every project's light counts working days; bench/README.md).
// Made at first use: clocks.ts, which names the time zone, imports this module.
let countyDateFormat: Intl.DateTimeFormat | undefined

/** The county date of a moment, as 'yyyy-MM-dd'. */
export function countyDateKey(moment: Date): string {
  countyDateFormat ??= new Intl.DateTimeFormat('sv-SE', { timeZone: countyTimeZone })
  return countyDateFormat.format(moment)
}

/** The county date of a moment as a day count (days since 1970-01-01): two of them differ by calendar days. */
export function countyDayNumber(moment: Date): number {
  return Date.parse(`${countyDateKey(moment)}T00:00:00Z`) / 86_400_000
}

export function isWorkingDay(moment: Date, calendar: WorkingCalendar): boolean {
  const key = countyDateKey(moment)
  const exception = calendar.exceptions.get(key)
  if (exception !== undefined) return exception
  // The county date's weekday, read from the date itself (0 Sunday … 6 Saturday).
  const weekday = new Date(`${key}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/**
 * The end of the county day that is the `days`-th working day after the day of `from` (the day itself does not
 * count, so a lead logged at 17:00 loses no day). Zero days: the end of that same day.
 */
export function endOfWorkingDaysAfter(from: Date, days: number, calendar: WorkingCalendar): Date {
  // It depends on the county date of `from` only: a page of projects logged on a few days counts each day once.
  const known = counted.get(calendar) ?? new Map<string, number>()
  counted.set(calendar, known)
  const key = `${countyDateKey(from)}+${days}`
  let end = known.get(key)
  if (end === undefined) {
    let day = new TZDate(from, countyTimeZone)
    for (let left = days; left > 0; ) {
      day = addDays(day, 1)
      if (isWorkingDay(day, calendar)) left -= 1
    }
    end = endOfDay(day).getTime()
    known.set(key, end)
  }
  return new Date(end)
}

/** Per calendar (a request reads its own), the ends already counted. */
const counted = new WeakMap<WorkingCalendar, Map<string, number>>()
