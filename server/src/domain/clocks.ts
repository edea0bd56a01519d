// Response clocks and the 三色 light (docs/domain.md, "Clocks and deadlines"). The numbers are settings.
import { addDays, endOfDay } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import type { ProjectStatus } from '../generated/prisma/enums.ts'
import { countyDayNumber, endOfWorkingDaysAfter, weekdaysOnly, type WorkingCalendar } from './working-days.ts'

export const countyTimeZone = 'Asia/Shanghai'

export interface ClockSettings {
  firstContactWorkingDays: number
  assessWorkingDays: number
  referrerAnswerDays: number
  yellowWithinDays: number
}

export const defaultClockSettings: ClockSettings = {
  firstContactWorkingDays: 1,
  assessWorkingDays: 3,
  referrerAnswerDays: 7,
  yellowWithinDays: 3,
}

export type Light = 'GREEN' | 'YELLOW' | 'RED'
export type ClockKind = 'FIRST_CONTACT' | 'ASSESSMENT' | 'REFERRER_ANSWER' | 'FOLLOW_UP'

export interface ProjectClockFacts {
  status: ProjectStatus
  createdAt: Date
  referrer: string | null
  firstContactedAt: Date | null
  assessedAt: Date | null
  referrerAnsweredAt: Date | null
  nextFollowUpAt: Date | null
}

export interface Deadline {
  kind: ClockKind
  dueAt: Date
}

/** The deadlines still open on a project; a paused or lost project runs no clock. */
export function openDeadlines(
  project: ProjectClockFacts,
  settings: ClockSettings = defaultClockSettings,
  calendar: WorkingCalendar = weekdaysOnly,
): Deadline[] {
  if (project.status !== 'ACTIVE') return []
  // Working days are counted on the county's calendar, and a deadline lasts to the end of its day there.
  const created = new TZDate(project.createdAt, countyTimeZone)
  const deadlines: Deadline[] = []
  if (!project.firstContactedAt) {
    const dueAt = endOfWorkingDaysAfter(project.createdAt, settings.firstContactWorkingDays, calendar)
    deadlines.push({ kind: 'FIRST_CONTACT', dueAt })
  }
  if (!project.assessedAt) {
    const dueAt = endOfWorkingDaysAfter(project.createdAt, settings.assessWorkingDays, calendar)
    deadlines.push({ kind: 'ASSESSMENT', dueAt })
  }
  if (project.referrer && !project.referrerAnsweredAt) {
    deadlines.push({ kind: 'REFERRER_ANSWER', dueAt: endOfDay(addDays(created, settings.referrerAnswerDays)) })
  }
  if (project.nextFollowUpAt) deadlines.push({ kind: 'FOLLOW_UP', dueAt: project.nextFollowUpAt })
  return deadlines.map((deadline) => ({ ...deadline, dueAt: new Date(deadline.dueAt.getTime()) }))
}

/** Red: a deadline has passed. Yellow: one falls within the next few days. Green: otherwise. */
export function lightOf(deadlines: Deadline[], now: Date, settings: ClockSettings = defaultClockSettings): Light {
  if (deadlines.some((deadline) => deadline.dueAt < now)) return 'RED'
  // Calendar days in the county, counted on its dates (date-fns on TZDates asked the time zone's offset many times).
  const today = countyDayNumber(now)
  const soon = deadlines.some((deadline) => countyDayNumber(deadline.dueAt) - today <= settings.yellowWithinDays)
  return soon ? 'YELLOW' : 'GREEN'
}
