// /inbox: the user's notices, newest first, the unread in bold. Tapping one marks it read (through the outbox,
// so offline too, sent once) and opens what it is about on the screen that already shows it; 全部已读 marks
// everything up to the newest shown. Offline the list is the one last read, with queued marks applied.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js'
import { useNavigate } from '@solidjs/router'
import { uuidv7 } from 'uuidv7'
import { readFragment } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { enqueueWrite, outboxEntries } from '../outbox/index.ts'
import { outboxWrite } from '../outbox/write.ts'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { countyParts, shortDate } from '../format.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { InboxQuery, NoticeRowFragment } from './queries.ts'
import { pendingReads, shownRead, subjectPath } from './pending-reads.ts'
import { inboxHeard } from './bell.tsx'
import './inbox.css'

const when = (iso: string) => `${shortDate(iso)} ${countyParts(new Date(iso)).time}`

export default function InboxRoute() {
  const navigate = useNavigate()
  const [after, setAfter] = createSignal<string | null>(null)
  const read = createRead(InboxQuery, { variables: () => ({ after: after() }), requestPolicy: 'cache-and-network' })
  // A notice made or marked elsewhere (the header's bell hears it): read the list again.
  createEffect(on(inboxHeard, () => read.refetch({ requestPolicy: 'network-only' }), { defer: true }))
  const notices = createMemo(() =>
    (read.data()?.notices.edges ?? []).map((edge) => readFragment(NoticeRowFragment, edge.node)),
  )
  const pending = createMemo(() => pendingReads(outboxEntries()))
  const isRead = (notice: ReturnType<typeof notices>[number]) => shownRead(notice, pending())
  const anyUnread = () => notices().some((notice) => !isRead(notice))

  async function open(notice: ReturnType<typeof notices>[number]) {
    const me = user()
    if (me && !isRead(notice))
      await enqueueWrite(outboxWrite('markNoticesRead', { clientMutationId: uuidv7(), ids: [notice.uuid] }, me.id))
    const path = subjectPath(notice.subject ?? null)
    if (path) navigate(path)
  }
  async function markAll() {
    const me = user()
    const newest = notices()[0]
    if (!me || !newest) return
    await enqueueWrite(
      outboxWrite('markAllNoticesRead', { clientMutationId: uuidv7(), before: newest.createdAt }, me.id),
    )
  }

  return (
    <div class="screen">
      <AppHeader title={t('inbox.title')} />
      <main class="content">
        <SavedNote shown={read.offline() && notices().length > 0} text={t('inbox.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('inbox.loadFailed', { message })} />
        <Show when={!read.loading()} fallback={<Splash />}>
          <Show when={anyUnread()}>
            <div class="inbox-actions">
              <button type="button" class="button" onClick={() => void markAll()} data-testid="inbox-mark-all">
                {t('inbox.markAll')}
              </button>
            </div>
          </Show>
          <Show when={notices().length > 0} fallback={<p class="empty">{t('inbox.empty')}</p>}>
            <ul class="cards inbox-list" data-testid="inbox-list">
              <For each={notices()}>
                {(notice) => (
                  <li>
                    <button
                      type="button"
                      class="card inbox-item"
                      classList={{ 'inbox-unread': !isRead(notice) }}
                      data-testid="inbox-item"
                      data-read={isRead(notice) ? 'true' : 'false'}
                      onClick={() => void open(notice)}
                    >
                      <span class="inbox-title">
                        <Show when={!isRead(notice)}>
                          <span class="inbox-dot" role="img" aria-label={t('inbox.unread')} />
                        </Show>
                        {notice.title}
                      </span>
                      <Show when={notice.body}>
                        <span class="card-line">{notice.body}</span>
                      </Show>
                      <span class="card-meta">{when(notice.createdAt)}</span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
            <Show when={read.data()?.notices.pageInfo.hasNextPage}>
              <button
                type="button"
                class="button"
                onClick={() => setAfter(read.data()?.notices.pageInfo.endCursor ?? null)}
              >
                {t('inbox.loadMore')}
              </button>
            </Show>
          </Show>
        </Show>
      </main>
    </div>
  )
}
