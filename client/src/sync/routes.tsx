import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const SearchScreen = lazy(() => import('../search/search.tsx'))
const SyncScreen = lazy(() => import('./sync-screen.tsx'))
const EntryScreen = lazy(() => import('./entry-screen.tsx'))
const InboxScreen = lazy(() => import('../inbox/inbox.tsx'))

/**
 * The signed-in routes of this area (and the inbox, every role's, as 同步 is); each screen is a lazy chunk:
 * `lazy(() => import('./screen.tsx'))`.
 */
export function SyncRoutes() {
  return (
    <>
      <Route path="/search" component={SearchScreen} />
      <Route path="/sync" component={SyncScreen} />
      <Route path="/sync/:seq" component={EntryScreen} />
      <Route path="/inbox" component={InboxScreen} />
    </>
  )
}
