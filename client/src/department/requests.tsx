// 落地服务诉求 for every role: the server already scopes the list (a department sees what was assigned to
// it, a park its projects', staff their unit's). Department staff start from what is with them now,
// the overdue first; `?projectId=` narrows it to one project.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js'
import { A, useSearchParams } from '@solidjs/router'
import { graphql } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { createLive } from '../live/live.ts'
import { SupportRequestsChanged } from '../live/subscriptions.ts'
import { outboxEntries } from '../outbox/index.ts'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { uuidOfGlobalId } from '../staff/global-id.ts'
import { SupportRequestCardFragment } from './fragments.ts'
import { PendingRequestCard, RequestCard } from './request-card.tsx'
import { RequestFilters, readRequestFilters } from './request-filters.tsx'
import { isWrite, pendingRequests, pendingSteps } from '../outbox/overlay.ts'
import { stepOperation } from './support-steps.ts'
import { createDepartments } from './departments.ts'
import { EscalatedNotice } from './escalated-notice.tsx'

const SupportRequestListQuery = graphql(
  `
    query SupportRequestList(
      $first: Int!
      $after: String
      $status: [SupportStatus!]
      $overdueOnly: Boolean
      $escalatedOnly: Boolean
      $projectId: String
      $departmentId: String
    ) {
      supportRequests(
        first: $first
        after: $after
        status: $status
        overdueOnly: $overdueOnly
        escalatedOnly: $escalatedOnly
        projectId: $projectId
        departmentId: $departmentId
      ) {
        edges { node { id uuid overdue dueAt ...SupportRequestCard } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [SupportRequestCardFragment],
)

const requestOperations = ['createSupportRequest', ...Object.values(stepOperation)] as const
const creators = new Set(['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'])
const time = (iso: string | null) => (iso ? new Date(iso).getTime() : Infinity)

export default function RequestsRoute() {
  const [params] = useSearchParams()
  const isDepartment = () => user()?.role === 'DEPARTMENT'
  const filters = createMemo(() => readRequestFilters(params, isDepartment()))
  const myUnit = () => {
    const unit = user()?.unit.id
    return unit ? uuidOfGlobalId(unit, 'Unit') : null
  }
  const [after, setAfter] = createSignal<string | null>(null)
  createEffect(on(filters, () => setAfter(null), { defer: true }))
  const read = createRead(SupportRequestListQuery, {
    variables: () => ({
      first: 50,
      after: after(),
      status: filters().status ? [filters().status!] : null,
      overdueOnly: filters().overdue || null,
      escalatedOnly: filters().escalated || null,
      projectId: filters().projectId ?? null,
      departmentId: filters().mine ? myUnit() : null,
    }),
  })
  const page = () => read.data()?.supportRequests
  // A request of this queue changed elsewhere (a new one, a step, a hand-off): read the queue again.
  createLive(
    SupportRequestsChanged,
    () => ({}),
    () => read.refetch({ requestPolicy: 'network-only' }),
  )
  // One of the user's request writes was acknowledged: the server's lists now hold it, by its new status.
  const queuedRequestWrites = () => outboxEntries().filter((entry) => isWrite(entry, ...requestOperations)).length
  createEffect(
    on(
      queuedRequestWrites,
      (count, before) => before !== undefined && count < before && read.refetch({ requestPolicy: 'network-only' }),
    ),
  )
  // The late ones first, the latest-due last among them; the rest as the server orders them (newest first).
  const nodes = createMemo(() => {
    const all = page()?.edges.map((edge) => edge.node) ?? []
    const late = all.filter((node) => node.overdue).sort((a, b) => time(a.dueAt) - time(b.dueAt))
    return [...late, ...all.filter((node) => !node.overdue)]
  })
  const departments = createDepartments()
  const unsyncedCreates = createMemo(() => {
    const known = new Set(nodes().map((node) => node.uuid))
    const names = new Map(departments().map((unit) => [unit.uuid, unit.name]))
    return pendingRequests(outboxEntries(), (uuid) => names.get(uuid)).filter(
      ({ request }) => !known.has(request.id) && (!filters().projectId || request.projectId === filters().projectId),
    )
  })
  const title = () =>
    t(
      filters().projectId
        ? 'department.list.titleProject'
        : isDepartment()
          ? 'department.list.titleDepartment'
          : 'department.list.title',
    )
  const canCreate = () => Boolean(filters().projectId && creators.has(user()?.role ?? ''))

  return (
    <div class="screen">
      <AppHeader title={title()} />
      <main class="content">
        <Show when={!filters().projectId}>
          <EscalatedNotice />
        </Show>
        <RequestFilters filters={filters()} isDepartment={isDepartment()} />
        <SavedNote shown={Boolean(page())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('department.list.loadFailed', { message })} />
        <ul class="cards" data-testid="request-list">
          <For each={unsyncedCreates()}>
            {(pending) => <PendingRequestCard request={pending.request} entry={pending.entry} />}
          </For>
          <For each={nodes()}>
            {(node) => <RequestCard request={node} pending={pendingSteps(outboxEntries(), node.uuid)} />}
          </For>
        </ul>
        <Show when={read.loading()}>
          <Splash />
        </Show>
        <Show when={page() && !nodes().length && !unsyncedCreates().length}>
          <p class="empty">{t('department.list.empty')}</p>
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
      <Show when={canCreate()}>
        <nav class="action-bar">
          <A
            href={`/projects/${filters().projectId}/requests/new`}
            class="button button-primary button-block"
            data-testid="new-request"
          >
            ＋ {t('department.list.newRequest')}
          </A>
        </nav>
      </Show>
    </div>
  )
}
