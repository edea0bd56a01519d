// The monthly report's GraphQL documents, for test/server/report.test.ts.
import { graphql } from './graphql.ts'

export const IssueReport = graphql(`
  mutation IssueReport($input: IssueReportInput!) {
    issueReport(input: $input) {
      uuid
      kind
      year
      period
      edition
      title
      issuedByName
      snapshot {
        asOf
        elapsedShare
        indicators {
          code
          name
          weight
        }
        units {
          unitName
          unitKind
          total
          rankInKind
          overdueFollowUps
          cells {
            code
            target
            actual
            completion
            score
            change
          }
        }
      }
    }
  }
`)
export const ReportActualsQuery = graphql(`
  query ReportActuals($id: ID!) {
    node(id: $id) {
      ... on Report {
        edition
        snapshot {
          units {
            unitName
            cells {
              actual
            }
          }
        }
      }
    }
  }
`)
export const ReportEditionsQuery = graphql(`
  query ReportEditions($year: Int!, $kind: ReportKind) {
    reports(year: $year, kind: $kind) {
      period
      edition
    }
  }
`)
export const ReportUnitsQuery = graphql(`
  query ReportUnits($year: Int!, $kind: ReportKind) {
    reports(year: $year, kind: $kind) {
      snapshot {
        units {
          unitName
        }
      }
    }
  }
`)
export const ReportWorkbookQuery = graphql(`
  query ReportWorkbook($id: String!) {
    reportWorkbook(id: $id) {
      fileName
      contentType
      contentBase64
    }
  }
`)

export const ReportReceiptsQuery = graphql(`
  query ReportReceipts($id: ID!) {
    node(id: $id) { ... on Report { receipts { openedAt remindedAt reminders reader { name } unit { name } } } }
  }
`)

export const MyReportReceiptQuery = graphql(`
  query MyReportReceipt($id: ID!) {
    node(id: $id) { ... on Report { myReceipt { openedAt reminders } } }
  }
`)

export const MarkReportOpened = graphql(`
  mutation MarkReportOpened($input: ReportReceiptInput!) {
    markReportOpened(input: $input) { uuid myReceipt { openedAt } }
  }
`)

export const RemindReportReaders = graphql(`
  mutation RemindReportReaders($input: ReportReceiptInput!) {
    remindReportReaders(input: $input) { uuid receipts { openedAt remindedAt reminders reader { name } unit { name } } }
  }
`)
