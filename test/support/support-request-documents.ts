// Typed documents for the support request tests (support-request-*.test.ts). Each step reads the request back
// whole: where it is (status, department, version), its dates, its outcome and its history of hops.
import { graphql } from './graphql.ts'

export const CreateSupportRequest = graphql(`
  mutation CreateSupportRequest($input: CreateSupportRequestInput!) {
    createSupportRequest(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

export const AssignSupportRequest = graphql(`
  mutation AssignSupportRequest($input: AssignSupportRequestInput!) {
    assignSupportRequest(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

export const ReassignSupportRequest = graphql(`
  mutation ReassignSupportRequest($input: ReassignSupportRequestInput!) {
    reassignSupportRequest(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

export const RecordSupportProgress = graphql(`
  mutation RecordSupportProgress($input: RecordSupportProgressInput!) {
    recordSupportProgress(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

export const ResolveSupportRequest = graphql(`
  mutation ResolveSupportRequest($input: ResolveSupportRequestInput!) {
    resolveSupportRequest(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

export const RejectSupportRequest = graphql(`
  mutation RejectSupportRequest($input: RejectSupportRequestInput!) {
    rejectSupportRequest(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

export const ReopenSupportRequest = graphql(`
  mutation ReopenSupportRequest($input: ReopenSupportRequestInput!) {
    reopenSupportRequest(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

export const CloseSupportRequest = graphql(`
  mutation CloseSupportRequest($input: CloseSupportRequestInput!) {
    closeSupportRequest(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

export const RateSupportRequest = graphql(`
  mutation RateSupportRequest($input: RateSupportRequestInput!) {
    rateSupportRequest(input: $input) {
      id uuid status version createdAt dueAt overdue resolution rejectReason satisfaction
      department { name }
      project { uuid }
      events { kind note fromUnit { name } toUnit { name } by { name } }
    }
  }
`)

/** The ids of the requests a user's list shows, filtered as the department and office screens filter it. */
export const SupportRequestIdsQuery = graphql(`
  query SupportRequestIds($departmentId: String, $projectId: String, $overdueOnly: Boolean, $escalatedOnly: Boolean) {
    supportRequests(
      departmentId: $departmentId
      projectId: $projectId
      overdueOnly: $overdueOnly
      escalatedOnly: $escalatedOnly
    ) {
      edges { node { uuid } }
    }
  }
`)
