// What the board, the overdue list and the owner screen read of a project; apart from the screens so that
// the outbox's mutations (loaded with the app) can select it without pulling them in.
import { graphql } from '../graphql.ts'

export const PipelineProjectFragment = graphql(`
  fragment PipelineProject on Project {
    __typename
    id
    uuid
    title
    stage
    status
    version
    light
    talent { id name }
    owner { id uuid name }
    deadlines { kind dueAt }
    signing { id }
    landing { id }
  }
`)

export const UnitMemberFragment = graphql(`
  fragment UnitMember on User {
    __typename
    id
    uuid
    name
    role
  }
`)
