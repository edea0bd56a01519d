// What a request asks, for which project, with whom and by when, and how it ended; the user's unsynced
// steps already applied to its status, marked 未同步.
import { Show } from 'solid-js'
import { A } from '@solidjs/router'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { fullDate } from '../staff/dates.ts'
import type { SupportRequestCardFragment, SupportRequestDetailFragment } from './fragments.ts'
import { requestCategoryLabel, requestStatusLabel } from './labels.ts'
import type { SupportStatus } from './support-steps.ts'
import type { PendingStep } from '../outbox/overlay.ts'
import { escalationText } from './escalation.ts'

export type RequestRead = ResultOf<typeof SupportRequestCardFragment> &
  ResultOf<typeof SupportRequestDetailFragment> & {
    escalation: { level: number; label: string | null; at: string | null }
  }

export function RequestSummary(props: {
  request: RequestRead
  status: SupportStatus
  pending: readonly PendingStep[]
  /** The project opens for this user; a unit supervising the request (督办) reads only which project it is. */
  projectOpens: boolean
  departmentName: string | null
}) {
  const failed = () => props.pending.some((queued) => queued.entry.status === 'failed')
  return (
    <section class="panel" data-testid="request-summary">
      <div class="card-head">
        <h2 class="panel-title">{requestCategoryLabel(props.request.category)}</h2>
        <span class={`request-status request-status-${props.status.toLowerCase()}`} data-testid="request-status">
          {requestStatusLabel(props.status)}
        </span>
      </div>
      <Show when={props.pending.length}>
        <span class={failed() ? 'tag tag-failed' : 'tag tag-unsynced'}>
          {failed() ? t('projects.syncFailed') : t('projects.unsynced')}
        </span>
      </Show>
      <p class="request-description">{props.request.description}</p>
      <dl class="facts">
        <dt>{t('department.detail.project')}</dt>
        <dd>
          <Show when={props.request.project} fallback={t('department.card.hiddenProject')}>
            {(project) => (
              <Show
                when={props.projectOpens}
                fallback={`${project().title} · ${project().talent.name}（${project().unit.name}）`}
              >
                <A href={`/projects/${project().uuid}`}>
                  {project().title} · {project().talent.name}（{project().unit.name}）
                </A>
              </Show>
            )}
          </Show>
        </dd>
        <dt>{t('department.detail.department')}</dt>
        <dd>{props.departmentName ?? t('department.card.unassigned')}</dd>
        <dt>{t('department.detail.due')}</dt>
        <dd>
          {props.request.dueAt ? fullDate(props.request.dueAt) : '—'}
          <Show when={props.request.overdue}>
            {' '}
            <span class="tag tag-failed">{t('department.card.overdue')}</span>
          </Show>
          <Show when={props.request.escalatedAt}>
            {' '}
            <span class="tag tag-escalated">{t('department.card.escalated')}</span>
          </Show>
        </dd>
        <Show when={props.request.escalation.label}>
          {(label) => (
            <>
              <dt>{t('department.detail.escalation')}</dt>
              <dd data-testid="request-escalation">
                {escalationText(label(), props.request.escalation.level, props.request.escalation.at)}
              </dd>
            </>
          )}
        </Show>
        <Show when={props.request.resolution}>
          <dt>{t('department.detail.resolution')}</dt>
          <dd>{props.request.resolution}</dd>
        </Show>
        <Show when={props.request.status === 'REJECTED' && props.request.rejectReason}>
          <dt>{t('department.detail.rejectReason')}</dt>
          <dd>{props.request.rejectReason}</dd>
        </Show>
        <Show when={props.request.satisfaction}>
          {(score) => (
            <>
              <dt>{t('department.detail.satisfaction')}</dt>
              <dd>{t('department.detail.satisfactionValue', { score: score() })}</dd>
            </>
          )}
        </Show>
      </dl>
      <p class="card-meta">
        {t('department.detail.createdBy', {
          name: props.request.createdBy.name,
          date: fullDate(props.request.createdAt),
        })}
      </p>
    </section>
  )
}

/** A request logged on this phone that the server does not have yet: what it says, and that it waits. */
export function PendingRequestSummary(props: {
  category: RequestRead['category']
  description: string
  departmentName: string | null
}) {
  return (
    <section class="panel" data-testid="request-summary">
      <h2 class="panel-title">{requestCategoryLabel(props.category)}</h2>
      <p class="request-description">{props.description}</p>
      <p class="card-meta">{props.departmentName ?? t('department.card.unassigned')}</p>
      <p class="notice">
        <span class="tag tag-unsynced">{t('projects.unsynced')}</span> {t('department.detail.pendingCreate')}
      </p>
    </section>
  )
}
