// A new lead as an outbox write: its ids are made here, on the phone, so a replay finds the same rows.
import { uuidv7 } from 'uuidv7'
import { graphql, type SourceChannel, type VariablesOf } from '../graphql.ts'
import { ProjectCardFragment } from '../components/project-card.tsx'
import type { NewWrite } from '../outbox/types.ts'
import { normalizePhone, type LeadForm } from './validate.ts'

export const CreateLeadMutation = graphql(
  `
    mutation CreateLead($input: CreateLeadInput!) {
      createLead(input: $input) {
        ...ProjectCard
      }
    }
  `,
  [ProjectCardFragment],
)

export type CreateLeadInput = VariablesOf<typeof CreateLeadMutation>['input']

const optional = (value: string) => value.trim() || null

/** Builds the write from a form that passed validateLead (so sourceChannel is set). */
export function createLeadWrite(form: LeadForm & { sourceChannel: SourceChannel }, ownerId: string): NewWrite {
  const input: CreateLeadInput = {
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
  }
  return {
    id: input.clientMutationId,
    operation: 'createLead',
    variables: { input },
    ownerId,
    recordIds: [input.projectId, input.talentId],
  }
}

/** The lead an outbox entry carries, for showing it in the list before the server has it. */
export function leadOf(variables: Record<string, unknown>): CreateLeadInput | null {
  const input = variables.input as CreateLeadInput | undefined
  return input && typeof input.projectId === 'string' ? input : null
}

/** The title the server will give the project (server/src/domain/lead.ts, leadTitle). */
export function leadTitle(input: Pick<CreateLeadInput, 'title' | 'talentName' | 'employer'>): string {
  return input.title ?? (input.employer ? `${input.talentName}（${input.employer}）项目` : `${input.talentName}项目`)
}
