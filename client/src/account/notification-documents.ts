// 我的通知设置: the channels of each kind of notice and the quiet hours. Online only: the choice decides what the
// server sends, so the server takes it at once rather than a phone queueing it.
import { graphql } from '../graphql.ts'

export const PreferencesFields = graphql(`
  fragment PreferencesFields on NotificationPreferences {
    kinds { kind webPush webhook }
    quietHours { start end }
    saved
    pushAvailable
    webhookAvailable
  }
`)

export const MyNotificationPreferencesQuery = graphql(
  `
    query MyNotificationPreferencesScreen {
      myNotificationPreferences { ...PreferencesFields }
    }
  `,
  [PreferencesFields],
)

export const SaveNotificationPreferences = graphql(
  `
    mutation SaveNotificationPreferences($input: SetNotificationPreferencesInput!) {
      setNotificationPreferences(input: $input) { ...PreferencesFields }
    }
  `,
  [PreferencesFields],
)
