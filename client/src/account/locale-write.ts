// Telling the server the user's language. Loaded with the settings screen, or when a choice made offline is
// still to be saved: the first screens do not carry the mutation.
import { uuidv7 } from 'uuidv7'
import { graphql } from '../graphql.ts'
import { sendOnline, type Sent } from '../urql/send-online.ts'
import { t, type Locale } from '../i18n/index.ts'
import { markLocaleSaved } from './locale-sync.ts'

export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($input: SetMyLocaleInput!) {
    setMyLocale(input: $input) {
      id
      locale
    }
  }
`)

export async function saveLocale(locale: Locale): Promise<Sent<unknown>> {
  const sent = await sendOnline(
    SetMyLocaleMutation,
    { input: { clientMutationId: uuidv7(), locale } },
    t('settings.offline'),
  )
  if (sent.ok) markLocaleSaved()
  return sent
}
