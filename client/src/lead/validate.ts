// The lead form's checks are the server's own schema (@talent/rules/lead), so that a lead saved offline is
// not refused hours later for a typo the phone could have caught. Only the words are the phone's.
import { leadFields } from '@talent/rules/lead'
import type { MessageKey } from '../i18n/index.ts'
import type { Problem } from '../components/form-helpers.ts'
import type { SourceChannel } from '../graphql.ts'
import type { DataSource } from '@talent/rules/enums'

export interface LeadForm {
  talentName: string
  phone: string
  employer: string
  field: string
  sourceChannel: SourceChannel | ''
  title: string
  note: string
  dataSource: DataSource
  consentGiven: boolean
}

export type LeadFormErrors = Partial<Record<keyof LeadForm, Problem>>

/** A new lead's form, from the source the user chose last. */
export const emptyLead = (sourceChannel: SourceChannel | ''): LeadForm => ({
  talentName: '',
  phone: '',
  employer: '',
  field: '',
  sourceChannel,
  title: '',
  note: '',
  dataSource: 'SELF_PROVIDED',
  consentGiven: false,
})

const requiredKeys: Partial<Record<keyof LeadForm, MessageKey>> = {
  talentName: 'lead.error.talentName',
  phone: 'lead.error.phone',
  sourceChannel: 'lead.error.sourceChannel',
}

/** The phone's words for the server's complaint: too long says by how much, anything else what to fix. */
function problemOf(field: keyof LeadForm, issue: { code: string; maximum?: unknown }): Problem | null {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return { key: 'lead.error.tooLong', values: { max: issue.maximum } }
  const key = requiredKeys[field]
  return key ? { key } : null
}

function problemsOf<Form extends Partial<LeadForm>>(result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; code: string; maximum?: unknown }[] }
}): Partial<Record<keyof Form, Problem>> {
  const errors: Partial<Record<keyof LeadForm, Problem>> = {}
  for (const issue of result.success ? [] : (result.error?.issues ?? [])) {
    const field = issue.path[0] as keyof LeadForm
    const problem = errors[field] ? null : problemOf(field, issue)
    if (problem) errors[field] = problem
  }
  return errors as Partial<Record<keyof Form, Problem>>
}

export function validateLead(form: LeadForm): LeadFormErrors {
  return problemsOf<LeadForm>(leadFields.safeParse(form))
}

/** The lead form's project fields alone: a new project for a talent the server already knows. */
export type LeadProjectForm = Pick<LeadForm, 'sourceChannel' | 'title' | 'note'>
export type LeadProjectErrors = Partial<Record<keyof LeadProjectForm, Problem>>

const projectFields = leadFields.pick({ sourceChannel: true, title: true, note: true })

export function validateLeadProject(form: LeadProjectForm): LeadProjectErrors {
  return problemsOf<LeadProjectForm>(projectFields.safeParse(form))
}
