// The documents of notices leaving the app: a user's channels and quiet hours, the office's webhook and its
// delivery log.
import { graphql } from './graphql.ts'

export const MyNotificationPreferences = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      kinds {
        kind
        webPush
        webhook
      }
      quietHours {
        start
        end
      }
      saved
      pushAvailable
      webhookAvailable
    }
  }
`)

export const SetNotificationPreferences = graphql(`
  mutation SetNotificationPreferences($input: SetNotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      kinds {
        kind
        webPush
        webhook
      }
      quietHours {
        start
        end
      }
      saved
    }
  }
`)

export const OfficeWebhookQuery = graphql(`
  query OfficeWebhook {
    officeWebhook {
      url
      enabled
      secretHint
      defaultKinds
      version
    }
  }
`)

export const SetOfficeWebhook = graphql(`
  mutation SetOfficeWebhook($input: SetOfficeWebhookInput!) {
    setOfficeWebhook(input: $input) {
      url
      enabled
      secretHint
      defaultKinds
      version
    }
  }
`)

export const NoticeDeliveriesQuery = graphql(`
  query NoticeDeliveries($filter: NoticeDeliveryFilter, $first: Int, $after: String) {
    noticeDeliveries(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          uuid
          channel
          kind
          title
          status
          attempts
          nextAttemptAt
          lastStatus
          lastError
          sentAt
          recipient {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`)

export const RetryNoticeDelivery = graphql(`
  mutation RetryNoticeDelivery($input: RetryNoticeDeliveryInput!) {
    retryNoticeDelivery(input: $input) {
      uuid
      status
      nextAttemptAt
    }
  }
`)
