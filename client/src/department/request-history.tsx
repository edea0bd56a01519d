// 办理经过: every step of the request in order, each hop between departments with its reason, so that
// nobody can pass a request on without it showing (the speech's 踢皮球); the user's queued steps last.
import { For, Show } from 'solid-js'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { dateTime } from '../staff/dates.ts'
import type { SupportRequestDetailFragment } from './fragments.ts'
import { requestEventLabel, type SupportEventKind } from './labels.ts'
import type { SupportStep } from './support-steps.ts'
import type { PendingStep } from '../outbox/overlay.ts'

type RequestEvent = ResultOf<typeof SupportRequestDetailFragment>['events'][number]

const eventOfStep: Record<SupportStep, SupportEventKind> = {
  assign: 'ASSIGNED',
  reassign: 'REASSIGNED',
  progress: 'PROGRESS',
  resolve: 'RESOLVED',
  reject: 'REJECTED',
  close: 'CLOSED',
  reopen: 'REOPENED',
  rate: 'RATED',
}

function pendingNote({ input }: PendingStep): string | null {
  const text =
    ('reason' in input && input.reason) ||
    ('note' in input && input.note) ||
    ('resolution' in input && input.resolution)
  if (text) return text
  return 'satisfaction' in input && typeof input.satisfaction === 'number'
    ? t('department.detail.satisfactionValue', { score: input.satisfaction })
    : null
}

export function RequestHistory(props: {
  events: readonly RequestEvent[]
  pending: readonly PendingStep[]
  departmentName: (uuid: string) => string
}) {
  return (
    <section class="panel request-history" aria-labelledby="request-history-heading">
      <h2 id="request-history-heading" class="panel-title">
        {t('department.detail.history')}
      </h2>
      <ol class="history" data-testid="request-history">
        <For each={props.events}>
          {(event) => (
            <li
              class="history-item"
              classList={{ 'history-hop': event.kind === 'REASSIGNED' || event.kind === 'ESCALATED' }}
            >
              <p class="history-head">
                <strong>{requestEventLabel(event.kind)}</strong>
                <Show when={event.toUnit}>
                  {(to) => (
                    <span>
                      {' '}
                      ·{' '}
                      {event.fromUnit
                        ? t('department.detail.hop', { from: event.fromUnit.name, to: to().name })
                        : to().name}
                    </span>
                  )}
                </Show>
              </p>
              <Show when={event.note}>{(note) => <p class="history-note">{note()}</p>}</Show>
              <p class="card-meta">
                <time datetime={event.at}>{dateTime(event.at)}</time> ·{' '}
                {event.by?.name ?? t('department.detail.system')}
              </p>
            </li>
          )}
        </For>
        <For each={props.pending}>
          {(step) => (
            <li class="history-item history-pending" data-testid="pending-step">
              <p class="history-head">
                <strong>{requestEventLabel(eventOfStep[step.step])}</strong>
                <Show when={'departmentId' in step.input && step.input.departmentId}>
                  {(departmentId) => <span> · {props.departmentName(departmentId())}</span>}
                </Show>{' '}
                <span class={step.entry.status === 'failed' ? 'tag tag-failed' : 'tag tag-unsynced'}>
                  {step.entry.status === 'failed' ? t('projects.syncFailed') : t('projects.unsynced')}
                </span>
              </p>
              <Show when={pendingNote(step)}>{(note) => <p class="history-note">{note()}</p>}</Show>
              <Show when={step.entry.lastError}>{(error) => <p class="card-error">{error().message}</p>}</Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  )
}
