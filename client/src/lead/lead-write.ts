// A new lead as an outbox write: its ids are made here, on the phone, so a replay finds the same rows.
import { uuidv7 } from 'uuidv7'
import type { SourceChannel } from '../graphql.ts'
import type { OutboxInput, WriteOf } from '../outbox/types.ts'
import { outboxWrite } from '../outbox/write.ts'
import { normalizePhone } from '@talent/rules/phone'
import type { LeadForm } from './validate.ts'

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
