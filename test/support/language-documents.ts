// The documents the language tests send: the user's choice and where it shows.
import { graphql } from './graphql.ts'

export const SetMyLocale = graphql(`
  mutation SetMyLocale($input: SetMyLocaleInput!) {
    setMyLocale(input: $input) {
      id
      locale
    }
  }
`)

export const MyLocale = graphql(`
  query MyLocale {
    me {
      id
      locale
    }
  }
`)
