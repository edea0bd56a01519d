// A request's escalation (督办) on a phone: who supervises which requests, the level a request is at and since
// when, how long it is late.
import { t } from '../i18n/index.ts'
import { user } from '../session/session.ts'
import { countyDate, countyToday, dateTime, daysBetween } from '../staff/dates.ts'

/** 县委督查室（第 2 级）· 6/4 10:00 */
export function escalationText(label: string, level: number, at: string | null): string {
  const where = t('department.escalation.level', { label, level })
  return at ? `${where} · ${dateTime(at)}` : where
}

/** 超期 3 天, counted in county days; 今天超期 for a request due earlier today. */
export function overdueText(dueAt: string, now = new Date()): string {
  const days = daysBetween(countyDate(dueAt), countyToday(now))
  return days > 0 ? t('department.escalation.overdueDays', { days }) : t('department.escalation.overdueToday')
}

/** The office and the county's leaders supervise every late request; any other unit what escalated to it. */
export const supervisesAll = () => user()?.role === 'ADMIN' || user()?.role === 'LEADER'
