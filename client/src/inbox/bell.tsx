// The bell in every screen's header: the unread count (less what the phone already marked, queued in the
// outbox), linking to the inbox. It asks the server again on each navigation, when the app comes back to
// the front, and on each live event of the user's inbox (a notice made or marked read, on any device).
import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js'
import { A, useLocation } from '@solidjs/router'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { t } from '../i18n/index.ts'
import { UnreadNoticesQuery } from './queries.ts'
import { pendingReads, shownUnread } from './pending-reads.ts'
import { createLive } from '../live/live.ts'
import { InboxChanged } from '../live/subscriptions.ts'
import { user } from '../session/session.ts'

// The bell's stream is the only one for the inbox (every screen has a bell): the open inbox re-reads when
// this changes rather than opening a second stream.
const [inboxHeard, setInboxHeard] = createSignal(0)
export { inboxHeard }

export function NoticeBell() {
  const location = useLocation()
  const read = createRead(UnreadNoticesQuery, { requestPolicy: 'cache-and-network' })
  const refresh = () => read.refetch({ requestPolicy: 'cache-and-network' })
  createEffect(on(() => location.pathname, refresh, { defer: true }))
  createLive(
    InboxChanged,
    // The server refuses every subscription until the initial password is changed.
    () => (user() && !user()?.mustChangePassword ? {} : null),
    () => {
      read.refetch({ requestPolicy: 'network-only' })
      setInboxHeard((count) => count + 1)
    },
  )
  onMount(() => {
    const onVisible = () => document.visibilityState === 'visible' && refresh()
    document.addEventListener('visibilitychange', onVisible)
    onCleanup(() => document.removeEventListener('visibilitychange', onVisible))
  })
  const unread = () => {
    const data = read.data()
    if (!data) return 0
    const ids = data.notices.edges.map((edge) => edge.node.uuid)
    return shownUnread(data.unreadNoticeCount, ids, pendingReads(outboxEntries()))
  }
  const label = () => (unread() > 0 ? t('sync.header.inboxUnread', { count: unread() }) : t('sync.header.inbox'))
  return (
    // Named by its own (hidden) words rather than aria-label: the badge's number is then not a second,
    // different name for the same link (axe: label-content-name-mismatch).
    <A href="/inbox" class="link-button notice-bell" title={label()} data-testid="notice-bell">
      <span class="visually-hidden">{label()}</span>
      <svg
        viewBox="0 0 24 24"
        width="22"
        height="22"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
      >
        <path d="M6 9a6 6 0 0 1 12 0c0 5 2 7 2 7H4s2-2 2-7" />
        <path d="M10 20a2 2 0 0 0 4 0" />
      </svg>
      <Show when={unread() > 0}>
        <span class="notice-badge" aria-hidden="true" data-testid="notice-badge">
          {unread() > 99 ? '99+' : unread()}
        </span>
      </Show>
    </A>
  )
}
