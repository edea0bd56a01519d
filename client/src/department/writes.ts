import { graphql } from '../graphql.ts'
import { SupportRequestDetailFragment } from './fragments.ts'

// Every step answers with the whole request, so its status, version and history update in place.
const fragments = [SupportRequestDetailFragment]

export const AssignSupportRequestMutation = graphql(
  `
    mutation AssignSupportRequest($input: AssignSupportRequestInput!) {
      assignSupportRequest(input: $input) { ...SupportRequestDetail }
    }
  `,
  fragments,
)
export const ReassignSupportRequestMutation = graphql(
  `
    mutation ReassignSupportRequest($input: ReassignSupportRequestInput!) {
      reassignSupportRequest(input: $input) { ...SupportRequestDetail }
    }
  `,
  fragments,
)
export const RecordSupportProgressMutation = graphql(
  `
    mutation RecordSupportProgress($input: RecordSupportProgressInput!) {
      recordSupportProgress(input: $input) { ...SupportRequestDetail }
    }
  `,
  fragments,
)
export const ResolveSupportRequestMutation = graphql(
  `
    mutation ResolveSupportRequest($input: ResolveSupportRequestInput!) {
      resolveSupportRequest(input: $input) { ...SupportRequestDetail }
    }
  `,
  fragments,
)
export const RejectSupportRequestMutation = graphql(
  `
    mutation RejectSupportRequest($input: RejectSupportRequestInput!) {
      rejectSupportRequest(input: $input) { ...SupportRequestDetail }
    }
  `,
  fragments,
)
export const CloseSupportRequestMutation = graphql(
  `
    mutation CloseSupportRequest($input: CloseSupportRequestInput!) {
      closeSupportRequest(input: $input) { ...SupportRequestDetail }
    }
  `,
  fragments,
)
export const ReopenSupportRequestMutation = graphql(
  `
    mutation ReopenSupportRequest($input: ReopenSupportRequestInput!) {
      reopenSupportRequest(input: $input) { ...SupportRequestDetail }
    }
  `,
  fragments,
)
export const RateSupportRequestMutation = graphql(
  `
    mutation RateSupportRequest($input: RateSupportRequestInput!) {
      rateSupportRequest(input: $input) { ...SupportRequestDetail }
    }
  `,
  fragments,
)
