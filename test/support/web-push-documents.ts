// The documents the Web Push tests send: the server's key, and a browser's subscription.
import { graphql } from './graphql.ts'

export const WebPushPublicKey = graphql(`
  query WebPushPublicKey {
    webPushPublicKey
  }
`)

export const WebPushSubscribed = graphql(`
  query WebPushSubscribed($endpoint: String!) {
    webPushSubscribed(endpoint: $endpoint)
  }
`)

export const SubscribeWebPush = graphql(`
  mutation SubscribeWebPush($input: SubscribeWebPushInput!) {
    subscribeWebPush(input: $input)
  }
`)

export const UnsubscribeWebPush = graphql(`
  mutation UnsubscribeWebPush($input: UnsubscribeWebPushInput!) {
    unsubscribeWebPush(input: $input)
  }
`)
