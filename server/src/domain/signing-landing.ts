// The rules a Signing and a Landing are recorded under, on every path that records them: the stage form
// (recordSigning, recordLanding) and the 台账 import. One place, so a ledger the system exported always
// imports back, and what the form accepts the import accepts.
//
// The order of the days is not a rule. A talent office records what happened, and both orders happen: a
// company is often registered before the agreement is signed (to sign as that company), and a project is
// often entered in the system after it signed. Only a day after today is refused: an agreement not yet
// signed or a company not yet registered is not a record, and the day is most likely mistyped.
import { countyDay } from './ledger/ledger-dates.ts'

/** YYYY-MM-DD of a Date scalar (UTC midnight) or a ledger day. */
export const dayText = (day: Date | string) => (day instanceof Date ? day.toISOString().slice(0, 10) : day)

/** Why this day cannot be recorded as `label`, in Chinese, or null. */
export function recordDayProblem(label: string, day: Date | string, now = new Date()): string | null {
  const today = countyDay(now)
  const text = dayText(day)
  return text > today ? `${label}（${text}）不能晚于今天（${today}）` : null
}

export interface RecordDays {
  signedAt?: Date | string | null
  landedAt?: Date | string | null
}

/** Every problem with the days of a signing and a landing, in the order the form shows its fields. */
export function recordDaysProblems(
  days: RecordDays,
  now = new Date(),
): { field: 'signedAt' | 'landedAt'; message: string }[] {
  const problems: { field: 'signedAt' | 'landedAt'; message: string }[] = []
  const signed = days.signedAt ? recordDayProblem('签约日期', days.signedAt, now) : null
  if (signed) problems.push({ field: 'signedAt', message: signed })
  const landed = days.landedAt ? recordDayProblem('落地日期', days.landedAt, now) : null
  if (landed) problems.push({ field: 'landedAt', message: landed })
  return problems
}
