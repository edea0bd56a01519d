// One support request in a list: what is asked, for which project, with whom, by when; and the user's own
// unsynced steps on it (or the unsynced request itself), marked 未同步.
import { Show, type JSX } from 'solid-js'
import { A } from '@solidjs/router'
import { readFragment, type FragmentOf } from '../graphql.ts'
import type { OutboxEntry } from '../outbox/types.ts'
import { t } from '../i18n/index.ts'
import { fullDate } from '../staff/dates.ts'
import { SupportRequestCardFragment } from './fragments.ts'
import { requestCategoryLabel, requestStatusLabel } from './labels.ts'
import { statusWithPending } from './support-steps.ts'
import type { PendingRequest, PendingStep } from '../outbox/overlay.ts'
import './requests.css'

function SyncTag(props: { entries: readonly OutboxEntry[] }) {
  const failed = () => props.entries.some((entry) => entry.status === 'failed')
  return (
    <Show when={props.entries.length}>
      <span class={failed() ? 'tag tag-failed' : 'tag tag-unsynced'}>
        {failed() ? t('projects.syncFailed') : t('projects.unsynced')}
      </span>
    </Show>
  )
}

export function RequestCard(props: {
  request: FragmentOf<typeof SupportRequestCardFragment>
  pending: readonly PendingStep[]
  /** What a list adds under the card's own lines (the 督办 list: how late, which level). */
  children?: JSX.Element
}) {
  const request = () => readFragment(SupportRequestCardFragment, props.request)
  const status = () => statusWithPending(request().status, props.pending)
  return (
    <li class="card request-card" classList={{ 'request-overdue': request().overdue }} data-testid="request-card">
      <A href={`/requests/${request().uuid}`} class="request-link">
        <div class="card-head">
          <h3 class="card-title">{requestCategoryLabel(request().category)}</h3>
          <span class={`request-status request-status-${status().toLowerCase()}`}>{requestStatusLabel(status())}</span>
        </div>
        <p class="request-description">{request().description}</p>
        <p class="card-meta">
          <Show when={request().project} fallback={<span>{t('department.card.hiddenProject')}</span>}>
            {(project) => (
              <span>
                {project().title} · {project().talent.name}
              </span>
            )}
          </Show>
        </p>
        <p class="card-meta">
          <span>{request().department?.name ?? t('department.card.unassigned')}</span>
          <Show when={request().dueAt}>
            {(due) => <span> · {t('department.card.due', { date: fullDate(due()) })}</span>}
          </Show>
        </p>
        {props.children}
      </A>
      <p class="request-tags">
        <Show when={request().overdue}>
          <span class="tag tag-failed">{t('department.card.overdue')}</span>
        </Show>
        <Show when={request().escalatedAt}>
          <span class="tag tag-escalated">{t('department.card.escalated')}</span>
        </Show>
        <SyncTag entries={props.pending.map((step) => step.entry)} />
      </p>
    </li>
  )
}

/** A request logged on this phone that the server has not acknowledged yet. */
export function PendingRequestCard(props: { request: PendingRequest; entry: OutboxEntry }) {
  return (
    <li
      class="card card-pending request-card"
      classList={{ 'card-failed': props.entry.status === 'failed' }}
      data-testid="pending-request"
    >
      <A href={`/requests/${props.request.id}`} class="request-link">
        <div class="card-head">
          <h3 class="card-title">{requestCategoryLabel(props.request.category)}</h3>
          <span class="request-status">{requestStatusLabel(props.request.departmentName ? 'ASSIGNED' : 'OPEN')}</span>
        </div>
        <p class="request-description">{props.request.description}</p>
        <p class="card-meta">{props.request.departmentName ?? t('department.card.unassigned')}</p>
      </A>
      <p class="request-tags">
        <SyncTag entries={[props.entry]} />
      </p>
      <Show when={props.entry.lastError}>{(error) => <p class="card-error">{error().message}</p>}</Show>
    </li>
  )
}
