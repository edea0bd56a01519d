// The new-lead mutation the outbox sends, and what the screens read of a lead still in the outbox. The write
// itself is made in lead-write.ts, apart: the outbox is loaded at start-up, the id maker only with the form.
import { graphql, type VariablesOf } from '../graphql.ts'

// The answer is the project as the lists show it, without the talent's contact: masking it costs the
// server a look at the talent's other projects for every write, and the phone typed it in anyway.
export const CreateLeadMutation = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      uuid
      title
      stage
      status
      sourceChannel
      createdAt
      talent { id name employer field }
      unit { id name }
      owner { id name }
    }
  }
`)

export type CreateLeadInput = VariablesOf<typeof CreateLeadMutation>['input']
