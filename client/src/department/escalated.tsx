// /escalated, 督办: the late requests the user's unit is to supervise, the longest overdue first — each with how
// late it is and the level it has reached; a tap opens the request. The talent office (its 工作台 tile) and
// the county's leaders see every late request, those still waiting to escalate too, and the office may run
// the escalation at once. Which requests a unit sees is the server's to decide (escalatedSupportRequests).
import { createMemo, createSignal, For, Show } from 'solid-js'
import { graphql } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { pendingSteps } from '../outbox/overlay.ts'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { SupportRequestCardFragment } from './fragments.ts'
import { RequestCard } from './request-card.tsx'
import { EscalateNow } from './escalate-now.tsx'
import { escalationText, overdueText, supervisesAll } from './escalation.ts'
import './requests.css'

export const EscalatedRequestsQuery = graphql(
  `
    query EscalatedRequests($first: Int!, $after: String) {
      escalatedSupportRequests(first: $first, after: $after) {
        edges { node { id uuid dueAt escalationLevel escalationLabel lastEscalatedAt ...SupportRequestCard } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [SupportRequestCardFragment],
)

export default function EscalatedRoute() {
  const [after, setAfter] = createSignal<string | null>(null)
  const read = createRead(EscalatedRequestsQuery, { variables: () => ({ first: 50, after: after() }) })
  const page = () => read.data()?.escalatedSupportRequests
  const nodes = createMemo(() => page()?.edges.map((edge) => edge.node) ?? [])
  const now = new Date()

  return (
    <div class="screen">
      <AppHeader title={t('department.escalated.title')} />
      <main class="content">
        <p class="hint">{t(supervisesAll() ? 'department.escalated.hintAll' : 'department.escalated.hintUnit')}</p>
        <Show when={user()?.role === 'ADMIN'}>
          <EscalateNow onEscalated={() => read.refetch({ requestPolicy: 'network-only' })} />
        </Show>
        <SavedNote shown={Boolean(page())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('department.list.loadFailed', { message })} />
        <ul class="cards" data-testid="escalated-list">
          <For each={nodes()}>
            {(node) => (
              <RequestCard request={node} pending={pendingSteps(outboxEntries(), node.uuid)}>
                <p class="card-meta escalation-facts">
                  <Show when={node.dueAt}>{(due) => <strong>{overdueText(due(), now)}</strong>}</Show>
                  <span>
                    {node.escalationLabel
                      ? escalationText(node.escalationLabel, node.escalationLevel, node.lastEscalatedAt)
                      : t('department.escalated.waiting')}
                  </span>
                </p>
              </RequestCard>
            )}
          </For>
        </ul>
        <Show when={read.loading()}>
          <Splash />
        </Show>
        <Show when={page() && !nodes().length}>
          <p class="empty">{t('department.escalated.empty')}</p>
        </Show>
        <Show when={page()?.pageInfo.hasNextPage}>
          <button
            type="button"
            class="button button-block"
            onClick={() => setAfter(page()?.pageInfo.endCursor ?? null)}
          >
            {t('projects.loadMore')}
          </button>
        </Show>
      </main>
    </div>
  )
}
