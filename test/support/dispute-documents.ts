// Typed documents for the talent office's settling of disputes (merges, credit moves and splits) and for
// reading the audit log back.
import { graphql } from './graphql.ts'

export const DuplicatePairs = graphql(`
  query DuplicatePairs {
    talentDuplicatePairs {
      reason
      first { uuid name phone version }
      second { uuid name phone version }
    }
  }
`)

export const MergeChoosing = graphql(`
  mutation MergeChoosing($input: MergeTalentsInput!) {
    mergeTalents(input: $input) {
      uuid
      name
      phone
      employer
      title
      email
      version
      projects { uuid }
    }
  }
`)

export const SplitProjectCredit = graphql(`
  mutation SplitProjectCredit($input: SplitProjectCreditInput!) {
    splitProjectCredit(input: $input) {
      uuid
      version
      creditUnit { name }
      creditShares { unit { name } percent reason }
    }
  }
`)

export const MoveCreditShowingShares = graphql(`
  mutation MoveCreditShowingShares($input: MoveProjectCreditInput!) {
    moveProjectCredit(input: $input) {
      uuid
      version
      creditUnit { name }
      creditShares { unit { name } percent }
    }
  }
`)

export const AuditLogPage = graphql(`
  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node { uuid at action actionLabel entity entityId reason changes actor { name } }
      }
    }
  }
`)

export const AuditLogWorkbook = graphql(`
  query AuditLogWorkbook($filter: AuditLogFilter) {
    auditLogWorkbook(filter: $filter) { fileName contentType contentBase64 }
  }
`)

export const RevealContact = graphql(`
  mutation RevealTalentContact($talentId: String!, $reason: String!) {
    revealContact(talentId: $talentId, reason: $reason) { phone }
  }
`)
