// The new-lead mutation the outbox sends, and what the screens read of a lead still in the outbox. The write
// itself is made in lead-write.ts, apart: the outbox is loaded at start-up, the id maker only with the form.
import { graphql, type VariablesOf } from '../graphql.ts'
import { ProjectCardFragment } from '../components/project-card.tsx'

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

/** The lead an outbox entry carries, for showing it in the list before the server has it. */
export function leadOf(variables: Record<string, unknown>): CreateLeadInput | null {
  const input = variables.input as CreateLeadInput | undefined
  return input && typeof input.projectId === 'string' ? input : null
}

/** The title the server will give the project (server/src/domain/lead.ts, leadTitle). */
export function leadTitle(input: Pick<CreateLeadInput, 'title' | 'talentName' | 'employer'>): string {
  return input.title ?? (input.employer ? `${input.talentName}（${input.employer}）项目` : `${input.talentName}项目`)
}
