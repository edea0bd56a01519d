// Dates as the county reads them: Beijing time (UTC+8 all year, no summer time), whatever the phone's time
// zone. Written out by hand, as zh-CN's Intl.DateTimeFormat writes them: the first formatter a page creates
// loads the time-zone data, about 40 ms on a desktop and four times that on a phone, at start-up.
const countyOffsetMs = 8 * 60 * 60 * 1000

/** The county's calendar day and clock time of an instant: month and day unpadded, time as 14:05. */
export function countyParts(instant: Date): { year: number; month: number; day: number; time: string } {
  const iso = new Date(instant.getTime() + countyOffsetMs).toISOString()
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
    time: iso.slice(11, 16),
  }
}

/** 2025/11/24 */
export function yearMonthDay(instant: Date): string {
  const { year, month, day } = countyParts(instant)
  return `${year}/${month}/${day}`
}

/** 11/24 this year, 2025/11/24 before. */
export function shortDate(iso: string, now = new Date()): string {
  const date = countyParts(new Date(iso))
  return date.year === countyParts(now).year ? `${date.month}/${date.day}` : yearMonthDay(new Date(iso))
}
