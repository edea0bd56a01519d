// The inbox's GraphQL documents, for test/server/notice-*.test.ts.
import { graphql } from './graphql.ts'

export const Notices = graphql(`
  query Notices($first: Int, $after: String, $unreadOnly: Boolean) {
    unreadNoticeCount
    notices(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        node {
          id
          uuid
          kind
          title
          body
          createdAt
          readAt
          subject {
            id
            uuid
            typename
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

export const MarkNoticesRead = graphql(`
  mutation MarkNoticesRead($input: MarkNoticesReadInput!) {
    markNoticesRead(input: $input) {
      clientMutationId
      unreadNoticeCount
      notices {
        id
        readAt
      }
    }
  }
`)

export const MarkAllNoticesRead = graphql(`
  mutation MarkAllNoticesRead($input: MarkAllNoticesReadInput!) {
    markAllNoticesRead(input: $input) {
      unreadNoticeCount
      notices {
        id
        readAt
      }
    }
  }
`)

export const SetProjectFollower = graphql(`
  mutation SetProjectFollowerForNotice($input: SetProjectFollowerInput!) {
    setProjectFollower(input: $input) {
      uuid
    }
  }
`)
