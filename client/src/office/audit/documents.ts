// The office's audit log documents. The workbook goes through a cacheless client (ledger/cacheless.ts): a
// file of who looked at whom does not belong in the phone's saved cache.
import { graphql } from '../../graphql.ts'

export const AuditLogQuery = graphql(`
  query OfficeAuditLog($filter: AuditLogFilter, $first: Int) {
    auditLog(filter: $filter, first: $first) {
      pageInfo { hasNextPage }
      edges {
        node { uuid at action actionLabel entity entityId reason changes actor { id name unit { name } } }
      }
    }
  }
`)

export const AuditPeopleQuery = graphql(`
  query OfficeAuditPeople {
    accounts(first: 100) { edges { node { id uuid name unit { name } } } }
  }
`)

export const AuditWorkbookQuery = graphql(`
  query OfficeAuditWorkbook($filter: AuditLogFilter) {
    auditLogWorkbook(filter: $filter) { fileName contentType contentBase64 }
  }
`)

export const AuditActionsQuery = graphql(`
  query OfficeAuditActions {
    auditLogActions { action label }
  }
`)
