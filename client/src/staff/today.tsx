// Today (the staff's home): the follow-ups that are overdue, due today and due this week, overdue first.
import { createMemo, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import type { Client } from '@urql/core'
import { graphql, type FragmentOf } from '../graphql.ts'
import { afterHydration } from '../urql/client.ts'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { t, type MessageKey } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { createFrameByFrameCount } from '../components/frame-by-frame.ts'
import { FollowUpCard, FollowUpCardFragment } from './follow-up-card.tsx'
import { isWrite } from '../outbox/overlay.ts'

const TodayQuery = graphql(
  `
    query StaffToday {
      overdue: myFollowUps(window: OVERDUE) { id uuid ...StaffFollowUpCard }
      today: myFollowUps(window: TODAY) { id uuid ...StaffFollowUpCard }
      thisWeek: myFollowUps(window: THIS_WEEK) { id uuid ...StaffFollowUpCard }
    }
  `,
  [FollowUpCardFragment],
)

type Item = { id: string; uuid: string } & FragmentOf<typeof FollowUpCardFragment>

/** When the route's preload last had the server's answer (ms since the epoch). */
let prefetchedAt = Number.NEGATIVE_INFINITY
let prefetching = false

/**
 * The route's preload: asks for the list as soon as the saved cache is loaded, beside the session query,
 * instead of after the session answered and the screen was drawn (one round trip less on a slow network).
 */
export function prefetchToday(client: Client): void {
  // Links preload on hover too: a pointer passing over 今日 again and again asks once.
  if (prefetching || Date.now() - prefetchedAt < 5_000) return
  prefetching = true
  void afterHydration()
    .then(() => client.query(TodayQuery, {}).toPromise())
    .then((result) => {
      if (result.data) prefetchedAt = Date.now()
    })
    .finally(() => (prefetching = false))
}

export default function TodayRoute() {
  // Just fetched by the preload: the cache holds the server's answer, asking again would only repeat it.
  const justPrefetched = Date.now() - prefetchedAt < 5_000
  const read = createRead(TodayQuery, { requestPolicy: justPrefetched ? 'cache-first' : undefined })
  // The windows overlap (today's earlier hours are overdue, this week includes today): each project once.
  const sections = createMemo(() => {
    const data = read.data()
    if (!data) return []
    const seen = new Set<string>()
    const fresh = (items: readonly Item[]) => items.filter((item) => !seen.has(item.id) && seen.add(item.id))
    const list: { key: string; label: MessageKey; items: Item[] }[] = [
      { key: 'overdue', label: 'staff.today.overdue', items: fresh(data.overdue) },
      { key: 'today', label: 'staff.today.today', items: fresh(data.today) },
      { key: 'week', label: 'staff.today.thisWeek', items: fresh(data.thisWeek) },
    ]
    return list
  })
  const total = () => sections().reduce((sum, section) => sum + section.items.length, 0)
  const drawn = createFrameByFrameCount(total)
  /** How many items the sections before this one hold. */
  const itemsBefore = (key: string) => {
    let before = 0
    for (const section of sections()) {
      if (section.key === key) return before
      before += section.items.length
    }
    return before
  }
  /** The section's items among the first `drawn()` of the whole list. */
  const drawnOf = (section: { key: string; items: Item[] }) =>
    section.items.slice(0, Math.max(0, drawn() - itemsBefore(section.key)))
  /** A section shows with its first card (or, empty, once those above are drawn): nothing drawn moves down. */
  const sectionDrawn = (section: { key: string; items: Item[] }) =>
    drawn() > itemsBefore(section.key) || (section.items.length === 0 && drawn() >= itemsBefore(section.key))
  const loggedUnsynced = createMemo(() => {
    const ids = new Set(
      outboxEntries().flatMap((entry) => (isWrite(entry, 'logActivity') ? [entry.variables.input.projectId] : [])),
    )
    return (uuid: string) => ids.has(uuid)
  })

  return (
    <div class="screen">
      <AppHeader title={t('staff.today.title')} />
      <main class="content">
        <SavedNote shown={Boolean(read.data())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
        <Show when={read.loading()}>
          <Splash />
        </Show>
        <Show when={read.data() && total() === 0}>
          <div class="empty" data-testid="today-empty">
            <p>{t('staff.today.empty')}</p>
            <p class="empty-hint">{t('staff.today.emptyHint')}</p>
            <A href="/projects" class="button button-block">
              {t('staff.nav.leads')}
            </A>
          </div>
        </Show>
        <Show when={total() > 0}>
          <For each={sections()}>
            {(section) => (
              <Show when={sectionDrawn(section)}>
                <section
                  class="today-section"
                  aria-labelledby={`today-${section.key}`}
                  data-testid={`today-${section.key}`}
                >
                  <h2 id={`today-${section.key}`} class="section-title">
                    {t(section.label)} <span class="count">{section.items.length}</span>
                  </h2>
                  <Show
                    when={section.items.length}
                    fallback={<p class="section-empty">{t('staff.today.sectionEmpty')}</p>}
                  >
                    <ul class="cards">
                      <For each={drawnOf(section)}>
                        {(item) => <FollowUpCard project={item} loggedUnsynced={loggedUnsynced()(item.uuid)} />}
                      </For>
                    </ul>
                  </Show>
                </section>
              </Show>
            )}
          </For>
        </Show>
      </main>
      <nav class="action-bar" aria-label={t('staff.action.actions')}>
        <A href="/leads/new" class="button button-primary button-block" data-testid="new-lead">
          ＋ {t('projects.newLead')}
        </A>
      </nav>
    </div>
  )
}
