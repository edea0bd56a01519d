// The county's working days: Monday to Friday, less the statutory holidays, plus the weekend days worked in their
// place (调休上班). Every count of working days (the response clocks, support-request due dates, escalation) goes
// through here, so a deadline never falls due in the middle of the National Day week.
import { addDays, endOfDay, isWeekend } from 'date-fns'
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

/** The county date of a moment, as 'yyyy-MM-dd'. */
export function countyDateKey(moment: Date): string {
  return moment.toLocaleDateString('sv-SE', { timeZone: countyTimeZone })
}

export function isWorkingDay(moment: Date, calendar: WorkingCalendar): boolean {
  const exception = calendar.exceptions.get(countyDateKey(moment))
  return exception ?? !isWeekend(new TZDate(moment, countyTimeZone))
}

/**
 * The end of the county day that is the `days`-th working day after the day of `from` (the day itself does not
 * count, so a lead logged at 17:00 loses no day). Zero days: the end of that same day.
 */
export function endOfWorkingDaysAfter(from: Date, days: number, calendar: WorkingCalendar): Date {
  let day = new TZDate(from, countyTimeZone)
  for (let left = days; left > 0; ) {
    day = addDays(day, 1)
    if (isWorkingDay(day, calendar)) left -= 1
  }
  return new Date(endOfDay(day).getTime())
}
