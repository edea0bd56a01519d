// 通知发送记录 and the office's webhook: online only, like the other office settings.
import { graphql } from '../../graphql.ts'

export const NoticeDeliveriesQuery = graphql(`
  query NoticeDeliveriesScreen($filter: NoticeDeliveryFilter, $first: Int) {
    noticeDeliveries(filter: $filter, first: $first) {
      edges {
        node {
          uuid
          channel
          kind
          title
          status
          attempts
          nextAttemptAt
          lastAttemptAt
          lastStatus
          lastError
          sentAt
          recipient { id name }
        }
      }
      pageInfo { hasNextPage }
    }
  }
`)

export const RetryDelivery = graphql(`
  mutation RetryDelivery($input: RetryNoticeDeliveryInput!) {
    retryNoticeDelivery(input: $input) { uuid status nextAttemptAt attempts lastError }
  }
`)

export const WebhookFields = graphql(`
  fragment WebhookFields on OfficeWebhook {
    url
    enabled
    secretHint
    defaultKinds
    version
  }
`)

export const OfficeWebhookScreenQuery = graphql(
  `
    query OfficeWebhookScreen {
      officeWebhook { ...WebhookFields }
    }
  `,
  [WebhookFields],
)

export const SaveOfficeWebhook = graphql(
  `
    mutation SaveOfficeWebhook($input: SetOfficeWebhookInput!) {
      setOfficeWebhook(input: $input) { ...WebhookFields }
    }
  `,
  [WebhookFields],
)
