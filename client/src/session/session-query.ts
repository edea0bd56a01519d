// Keeps `user` in step with the `me` query: the saved answer first (so the app opens offline), then the server's.
import { createEffect, untrack } from 'solid-js'
import { readFragment } from '../graphql.ts'
import { hydrated } from '../urql/client.ts'
import { createRead } from '../urql/read.ts'
import { MeQuery, SessionUserFragment, setUser } from './session.ts'
import { locale } from '../i18n/index.ts'

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
      // Loaded only when they differ: the first screens do not carry the reconciling.
      if (signedIn && !saved && signedIn.locale !== untrack(locale))
        void import('../account/locale-sync.ts').then((module) => module.followAccountLocale(signedIn.locale))
    } else if (me.result.error) {
      // Offline with nothing saved, or the server failing: nobody can be shown as signed in.
      setUser(null)
    }
  })
  return me
}
