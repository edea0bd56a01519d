// The lead form's checks, the same as the server's (server/src/domain/lead.ts), so that a lead
// saved offline is not refused hours later for a typo the phone could have caught.
import type { MessageKey } from '../i18n/index.ts'
import type { SourceChannel } from '../graphql.ts'
import { normalizePhone } from '../../../server/src/domain/phone.ts'

export interface LeadForm {
  talentName: string
  phone: string
  employer: string
  field: string
  sourceChannel: SourceChannel | ''
  title: string
  note: string
}

export type LeadFormErrors = Partial<Record<keyof LeadForm, { key: MessageKey; values?: Record<string, number> }>>

export const leadLimits = { talentName: 50, employer: 100, field: 50, title: 100, note: 2000 } as const

// The server's own phone rule (mainland, 港澳台 and overseas numbers, to E.164), imported rather than copied.
export { normalizePhone } from '../../../server/src/domain/phone.ts'

export function validateLead(form: LeadForm): LeadFormErrors {
  const errors: LeadFormErrors = {}
  if (!form.talentName.trim()) errors.talentName = { key: 'lead.error.talentName' }
  if (form.phone.trim() && !normalizePhone(form.phone)) errors.phone = { key: 'lead.error.phone' }
  if (!form.sourceChannel) errors.sourceChannel = { key: 'lead.error.sourceChannel' }
  for (const [name, max] of Object.entries(leadLimits) as [keyof typeof leadLimits, number][]) {
    if (!errors[name] && form[name].trim().length > max) errors[name] = { key: 'lead.error.tooLong', values: { max } }
  }
  return errors
}
