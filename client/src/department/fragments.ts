// What the support-request screens read of a request; in a file of their own so that the outbox's
// mutations (loaded with the app) can select them without pulling in the screens.
import { graphql } from '../graphql.ts'

export const SupportRequestCardFragment = graphql(`
  fragment SupportRequestCard on SupportRequest {
    __typename
    id
    uuid
    category
    description
    status
    dueAt
    overdue
    escalatedAt
    version
    createdAt
    department { id uuid name }
    project { id uuid title stage unit { id name } talent { id name } }
  }
`)

export const SupportRequestDetailFragment = graphql(
  `
    fragment SupportRequestDetail on SupportRequest {
      __typename
      ...SupportRequestCard
      resolution
      rejectReason
      satisfaction
      createdBy { id name }
      events { kind note at by { id name } fromUnit { id name } toUnit { id name } }
    }
  `,
  [SupportRequestCardFragment],
)
