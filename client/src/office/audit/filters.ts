// The audit screen's filter as the form holds it (county days as YYYY-MM-DD) and as the server takes it.
import { addDays, startOfCountyDay } from '../../staff/dates.ts'

export interface AuditForm {
  actorId: string
  entity: string
  entityId: string
  action: string
  from: string
  to: string
}

export const emptyAuditForm: AuditForm = { actorId: '', entity: '', entityId: '', action: '', from: '', to: '' }

/** Only what is set; the last day counts whole (up to the next county midnight). */
export function auditFilter(form: AuditForm) {
  return {
    ...(form.actorId ? { actorId: form.actorId } : {}),
    ...(form.entity ? { entity: form.entity } : {}),
    ...(form.entityId.trim() ? { entityId: form.entityId.trim() } : {}),
    ...(form.action ? { action: form.action } : {}),
    ...(form.from ? { from: startOfCountyDay(form.from).toISOString() } : {}),
    ...(form.to ? { to: startOfCountyDay(addDays(form.to, 1)).toISOString() } : {}),
  }
}

export const auditEntities = [
  'Talent',
  'Project',
  'User',
  'Unit',
  'SupportRequest',
  'ProgramApplication',
  'AssessmentScheme',
  'Report',
  'AuditLog',
] as const
