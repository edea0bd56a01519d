// The escalation chain beyond the talent office (督办升级): an overdue request goes first to the office (level 1);
// a request still not settled so many working days after its last escalation goes on to the next level the
// office names in the `escalation` setting (分管县领导, 县委督查室 …), one level per pass, never past the last.
import { endOfWorkingDaysAfter, type WorkingCalendar } from './working-days.ts'

export interface EscalationLevel {
  /** What the level is called: 分管县领导, 县委督查室 … */
  label: string
  /** The unit the request goes up to. */
  unitId: string
  /** Working days after the previous escalation that the request waits before it goes up to this level. */
  afterWorkingDays: number
}

export interface EscalationSettings {
  levels: EscalationLevel[]
}

export const defaultEscalationSettings: EscalationSettings = { levels: [] }

/** At most this many levels beyond the office. */
export const maxEscalationLevels = 5

/** The talent office's own level, the first escalation. */
export const officeEscalationLevel = 1
export const officeEscalationLabel = '人才办'

/** The chain level a request at `escalationLevel` goes up to next, or null at the end of the chain. */
export function nextEscalationLevel(
  escalationLevel: number,
  levels: readonly EscalationLevel[],
): EscalationLevel | null {
  if (escalationLevel < officeEscalationLevel) return null
  return levels[escalationLevel - officeEscalationLevel] ?? null
}

/** When a request escalated last at `lastEscalatedAt` goes up to `level`: the end of its last working day. */
export function escalationDueAt(lastEscalatedAt: Date, level: EscalationLevel, calendar: WorkingCalendar): Date {
  return endOfWorkingDaysAfter(lastEscalatedAt, level.afterWorkingDays, calendar)
}

/** The name of a request's level: none before escalation, 人才办 at 1, then the chain's labels. */
export function escalationLabel(escalationLevel: number, levels: readonly EscalationLevel[]): string | null {
  if (escalationLevel < officeEscalationLevel) return null
  if (escalationLevel === officeEscalationLevel) return officeEscalationLabel
  return levels[escalationLevel - officeEscalationLevel - 1]?.label ?? `第 ${escalationLevel} 级督办`
}
