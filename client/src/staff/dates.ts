// Calendar days as the county counts them (Asia/Shanghai, UTC+8 all year: China keeps no summer time),
// whatever the phone's own time zone is. Written without Intl (see format.ts).
import { countyParts, yearMonthDay } from '../format.ts'

const countyOffsetMs = 8 * 60 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

/** YYYY-MM-DD of an instant in the county. */
export function countyDate(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + countyOffsetMs).toISOString().slice(0, 10)
}

export function countyToday(now = new Date()): string {
  return countyDate(now)
}

/** The county day `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * dayMs).toISOString().slice(0, 10)
}

export function startOfCountyDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`)
}

/** A next follow-up falls due at the end of its day: the light turns red the morning after, not at midnight before. */
export function endOfCountyDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`)
}

/** When something logged for `date` happened: now for today, midday for an earlier day. */
export function occurredAtFor(date: string, now = new Date()): Date {
  return date === countyToday(now) ? now : new Date(`${date}T12:00:00+08:00`)
}

/** Whole county days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((new Date(`${to}T00:00:00Z`).getTime() - new Date(`${from}T00:00:00Z`).getTime()) / dayMs)
}

/** 11/24 14:30, Beijing time. */
export function dateTime(instant: string | Date): string {
  const { month, day, time } = countyParts(new Date(instant))
  return `${month}/${day} ${time}`
}

/** 2026/11/24: a calendar day (YYYY-MM-DD) or an instant, in the county. */
export function fullDate(value: string | Date): string {
  const instant =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? startOfCountyDay(value) : new Date(value)
  return yearMonthDay(instant)
}
