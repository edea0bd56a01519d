// Dates as the county reads them: Beijing time, whatever the phone's time zone.
const dayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' })
const yearDayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' })
const yearFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric' })

/** 11/24 this year, 2025/11/24 before. */
export function shortDate(iso: string, now = new Date()): string {
  const date = new Date(iso)
  return yearFormat.format(date) === yearFormat.format(now) ? dayFormat.format(date) : yearDayFormat.format(date)
}
