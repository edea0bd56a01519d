// Keeps `user` in step with the `me` query: the saved answer first (so the app opens offline), then the server's.
import { createEffect } from 'solid-js'
import { createQuery } from '@urql/solid'
import { readFragment } from '../graphql.ts'
import { hydrated } from '../urql/client.ts'
import { MeQuery, SessionUserFragment, setUser } from './session.ts'

export function createSessionQuery() {
  const [me] = createQuery({ query: MeQuery, pause: () => !hydrated(), requestPolicy: 'cache-and-network' })
  createEffect(() => {
    if (!hydrated()) return
    if (me.data) {
      setUser(me.data.me ? readFragment(SessionUserFragment, me.data.me) : null)
    } else if (me.error) {
      // Offline with nothing saved, or the server failing: nobody can be shown as signed in.
      setUser(null)
    }
  })
  return me
}
