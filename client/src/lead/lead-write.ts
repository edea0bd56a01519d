// A new lead as an outbox write: its ids are made here, on the phone, so a replay finds the same rows.
import { uuidv7 } from 'uuidv7'
import type { SourceChannel } from '../graphql.ts'
import type { OutboxInput, WriteOf } from '../outbox/types.ts'
import { outboxWrite } from '../outbox/write.ts'
import { normalizePhone } from '@talent/rules/phone'
import { leadTitle } from '@talent/rules/lead-title'
import { projectLimits } from '@talent/rules/limits'
import type { LeadForm, LeadProjectForm } from './validate.ts'

const optional = (value: string) => value.trim() || null

/** Builds the write from a form that passed validateLead (so sourceChannel is set). */
export function createLeadWrite(
  form: LeadForm & { sourceChannel: SourceChannel },
  ownerId: string,
): WriteOf<'createLead'> {
  const input: OutboxInput<'createLead'> = {
    clientMutationId: uuidv7(),
    projectId: uuidv7(),
    talentId: uuidv7(),
    talentName: form.talentName.trim(),
    phone: form.phone.trim() ? (normalizePhone(form.phone) ?? form.phone.trim()) : null,
    employer: optional(form.employer),
    field: optional(form.field),
    sourceChannel: form.sourceChannel,
    title: optional(form.title),
    note: optional(form.note),
    dataSource: form.dataSource,
    consentGiven: form.consentGiven,
  }
  return outboxWrite('createLead', input, ownerId)
}

/** The talent a new project is for, as the phone last read it. */
export interface KnownTalent {
  uuid: string
  name: string
  employer?: string | null
  field?: string | null
}

/**
 * A new project for a talent the server knows (createProject): named as a lead would be when the form leaves
 * the title empty, its industry the talent's field as a lead's is, the talent's record not entered again.
 */
export function createProjectWrite(
  talent: KnownTalent,
  form: LeadProjectForm & { sourceChannel: SourceChannel },
  ownerId: string,
): WriteOf<'createProject'> {
  const title = leadTitle({ talentName: talent.name, employer: talent.employer, title: optional(form.title) })
  const input: OutboxInput<'createProject'> = {
    clientMutationId: uuidv7(),
    id: uuidv7(),
    talentId: talent.uuid,
    title: title.slice(0, projectLimits.title),
    sourceChannel: form.sourceChannel,
    industry: talent.field?.trim().slice(0, projectLimits.industry) || null,
    description: optional(form.note),
  }
  return outboxWrite('createProject', input, ownerId)
}
