// Keeps `user` in step with the `me` query: the saved answer first (so the app opens offline), then the server's.
import { createEffect } from 'solid-js'
import { readFragment } from '../graphql.ts'
import { hydrated } from '../urql/client.ts'
import { createRead } from '../urql/read.ts'
import { MeQuery, SessionUserFragment, setUser } from './session.ts'
import { followAccountLocale } from '../account/locale-sync.ts'

export function createSessionQuery() {
  const me = createRead(MeQuery, { requestPolicy: 'cache-and-network' })
  createEffect(() => {
    if (!hydrated()) return
    const answer = me.data()
    if (answer) {
      const signedIn = answer.me ? readFragment(SessionUserFragment, answer.me) : null
      setUser(signedIn)
      // Only the server's answer speaks for the account; the saved copy may predate a choice made here.
      const saved = me.result.stale || me.result.fetching || me.result.error
      if (signedIn && !saved) followAccountLocale(signedIn.locale)
    } else if (me.result.error) {
      // Offline with nothing saved, or the server failing: nobody can be shown as signed in.
      setUser(null)
    }
  })
  return me
}
