// The read receipts' writes: a head's opening (queued in the outbox, so it counts offline too) and the office's
// reminder (sent at once: the office wants to see whom it reached).
import { graphql } from '../graphql.ts'

export const MarkReportOpenedMutation = graphql(`
  mutation MarkReportOpened($input: ReportReceiptInput!) {
    markReportOpened(input: $input) { id myReceipt { openedAt } }
  }
`)

export const ReportReceiptsQuery = graphql(`
  query ReportReceipts($id: ID!) {
    node(id: $id) {
      ... on Report {
        id
        receipts { openedAt remindedAt reminders reader { id name } unit { id name } }
      }
    }
  }
`)

export const RemindReportReadersMutation = graphql(`
  mutation RemindReportReaders($input: ReportReceiptInput!) {
    remindReportReaders(input: $input) {
      id
      receipts { openedAt remindedAt reminders reader { id name } unit { id name } }
    }
  }
`)
