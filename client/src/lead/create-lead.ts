// The new-lead and new-project mutations the outbox sends. The writes themselves are made in lead-write.ts,
// apart: the outbox is loaded at start-up, the id maker only with the form.
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

// A new project for a talent already known (为该人才新建项目): answered as the lists show it, like a lead.
export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
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
