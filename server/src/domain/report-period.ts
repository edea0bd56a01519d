// 月报、季督、半年过堂 and the 通报: which days a report covers, what it is called, and what it compares with.
import { addMonths } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import type { ReportKind } from '../generated/prisma/enums.ts'
import { countyTimeZone } from './clocks.ts'
import { DomainError } from './errors.ts'

export interface ReportPeriod {
  kind: ReportKind
  year: number
  /** `2026-06` (月报, 通报), `2026-Q2` (季督), `2026-H1` (半年过堂). */
  period: string
  /** The first instant of the period and of the next one, in county time. */
  start: Date
  end: Date
  title: string
}

const patterns: Record<ReportKind, RegExp> = {
  MONTHLY: /^(\d{4})-(0[1-9]|1[0-2])$/,
  BULLETIN: /^(\d{4})-(0[1-9]|1[0-2])$/,
  QUARTERLY: /^(\d{4})-Q([1-4])$/,
  HALF_YEAR: /^(\d{4})-H([12])$/,
}
const examples: Record<ReportKind, string> = {
  MONTHLY: '2026-06',
  BULLETIN: '2026-06',
  QUARTERLY: '2026-Q2',
  HALF_YEAR: '2026-H1',
}
const months: Record<ReportKind, number> = { MONTHLY: 1, BULLETIN: 1, QUARTERLY: 3, HALF_YEAR: 6 }
const quarterNames = ['一', '二', '三', '四']

export function reportPeriod(kind: ReportKind, year: number, period: string): ReportPeriod {
  const match = patterns[kind].exec(period.trim())
  if (!match || Number(match[1]) !== year) {
    throw DomainError.badInput([
      {
        field: 'period',
        message: `期间应写作 ${examples[kind].replace('2026', String(year))} 这样的格式，且属于 ${year} 年`,
      },
    ])
  }
  const index = Number(match[2])
  const firstMonth = (index - 1) * months[kind]
  const start = new TZDate(year, firstMonth, 1, countyTimeZone)
  const end = addMonths(start, months[kind])
  const titles: Record<ReportKind, string> = {
    MONTHLY: `${year}年${index}月人才工作目标完成情况月报`,
    BULLETIN: `关于${year}年1—${index}月人才工作目标完成情况的通报`,
    QUARTERLY: `${year}年第${quarterNames[index - 1]}季度人才工作督查情况`,
    HALF_YEAR: `${year}年${index === 1 ? '上' : '下'}半年人才工作过堂情况`,
  }
  return {
    kind,
    year,
    period: period.trim(),
    start: new Date(start.getTime()),
    end: new Date(end.getTime()),
    title: titles[kind],
  }
}

/** The last instant a report counts: the end of its period, or now when issued before the period ended. */
export function reportAsOf(period: ReportPeriod, now: Date): Date {
  return new Date(Math.min(period.end.getTime() - 1, now.getTime()))
}

/** 月报 shows what changed this month: the same scores at the end of the month before (none in January). */
export function previousPeriodEnd(period: ReportPeriod): Date | null {
  const yearStart = new TZDate(period.year, 0, 1, countyTimeZone).getTime()
  return period.start.getTime() > yearStart ? new Date(period.start.getTime() - 1) : null
}
