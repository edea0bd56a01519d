// The project edit form (updateProject's editable fields): its checks, as the server's in
// server/src/domain/project.ts (with the same lengths and amount shape, @talent/rules/limits), and the write,
// which carries only the changed fields and the version they were based on, so that a conflict names exactly
// what this phone changed.
import { amountPattern, projectLimits } from '@talent/rules/limits'
import type { SourceChannel } from '../graphql.ts'
import type { Problem } from '../components/form-helpers.ts'
import type { UpdateProjectInput } from './project-writes.ts'

export interface EditForm {
  title: string
  industry: string
  sourceChannel: SourceChannel
  referrer: string
  plannedInvestment: string
  registeredCapital: string
  expectedLandingDate: string
  description: string
  tags: string
}

export type EditErrors = Partial<Record<keyof EditForm, Problem>>
export type EditFields = Omit<UpdateProjectInput, 'clientMutationId' | 'id' | 'version'>

const texts = ['title', 'industry', 'referrer', 'description'] as const

/** Tags typed as one line: split on commas (either width), 、 and spaces. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、\s]+/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ]
}

export function validateEdit(form: EditForm): EditErrors {
  const errors: EditErrors = {}
  if (!form.title.trim()) errors.title = { key: 'staff.edit.error.title' }
  for (const name of texts) {
    const max = projectLimits[name]
    if (!errors[name] && form[name].trim().length > max) errors[name] = { key: 'lead.error.tooLong', values: { max } }
  }
  for (const name of ['plannedInvestment', 'registeredCapital'] as const) {
    if (form[name].trim() && !amountPattern.test(form[name].trim())) errors[name] = { key: 'staff.gate.error.amount' }
  }
  const tags = parseTags(form.tags)
  if (tags.length > projectLimits.tags || tags.some((tag) => tag.length > projectLimits.tag))
    errors.tags = { key: 'staff.edit.error.tags' }
  return errors
}

function fieldsOf(form: EditForm): Required<EditFields> {
  const optional = (value: string) => value.trim() || null
  return {
    title: form.title.trim(),
    industry: optional(form.industry),
    sourceChannel: form.sourceChannel,
    referrer: optional(form.referrer),
    plannedInvestment: optional(form.plannedInvestment),
    registeredCapital: optional(form.registeredCapital),
    expectedLandingDate: optional(form.expectedLandingDate),
    description: optional(form.description),
    tags: parseTags(form.tags),
  }
}

/** The fields the user changed from `before`; empty when nothing changed. */
export function changedFields(before: EditForm, after: EditForm): EditFields {
  const was = fieldsOf(before)
  const now = fieldsOf(after)
  const changed: Record<string, unknown> = {}
  for (const key of Object.keys(now) as (keyof EditFields)[]) {
    if (JSON.stringify(was[key]) !== JSON.stringify(now[key])) changed[key] = now[key]
  }
  return changed as EditFields
}

/** The form as a project's values give it (amounts as the server's decimal strings). */
export function editFormOf(project: {
  title: string
  industry?: string | null
  sourceChannel: SourceChannel
  referrer?: string | null
  plannedInvestment?: string | null
  registeredCapital?: string | null
  expectedLandingDate?: string | null
  description?: string | null
  tags: readonly string[]
}): EditForm {
  return {
    title: project.title,
    industry: project.industry ?? '',
    sourceChannel: project.sourceChannel,
    referrer: project.referrer ?? '',
    plannedInvestment: project.plannedInvestment ?? '',
    registeredCapital: project.registeredCapital ?? '',
    expectedLandingDate: project.expectedLandingDate ?? '',
    description: project.description ?? '',
    tags: project.tags.join('，'),
  }
}
