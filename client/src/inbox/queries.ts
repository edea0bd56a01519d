// The inbox's documents: the bell's count, the list, and the two marks the outbox sends (outbox/registry.ts).
import { graphql } from '../graphql.ts'

export const NoticeRowFragment = graphql(`
  fragment NoticeRow on Notice {
    id
    uuid
    kind
    title
    body
    createdAt
    readAt
    subject {
      uuid
      typename
    }
  }
`)

/** The bell: the server's count, and the newest unread, so that marks still queued can be taken off it. */
export const UnreadNoticesQuery = graphql(`
  query UnreadNotices {
    unreadNoticeCount
    notices(first: 50, unreadOnly: true) {
      edges {
        node {
          id
          uuid
        }
      }
    }
  }
`)

export const InboxQuery = graphql(
  `
    query Inbox($after: String) {
      notices(first: 30, after: $after) {
        edges {
          node {
            id
            ...NoticeRow
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [NoticeRowFragment],
)

export const MarkNoticesReadMutation = graphql(
  `
    mutation MarkNoticesRead($input: MarkNoticesReadInput!) {
      markNoticesRead(input: $input) {
        unreadNoticeCount
        notices {
          id
          ...NoticeRow
        }
      }
    }
  `,
  [NoticeRowFragment],
)

export const MarkAllNoticesReadMutation = graphql(
  `
    mutation MarkAllNoticesRead($input: MarkAllNoticesReadInput!) {
      markAllNoticesRead(input: $input) {
        unreadNoticeCount
        notices {
          id
          ...NoticeRow
        }
      }
    }
  `,
  [NoticeRowFragment],
)
