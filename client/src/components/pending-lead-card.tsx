// A lead still in the outbox: shown at the top of the list, marked unsynced (or failed, with the reason).
import { Show } from 'solid-js'
import type { OutboxEntry } from '../outbox/types.ts'
import { isWaiting } from '../outbox/index.ts'
import { leadTitle } from '@talent/rules/lead-title'
import { leadOf } from '../outbox/overlay.ts'
import { sourceLabel, stageLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'

export function PendingLeadCard(props: { entry: OutboxEntry }) {
  const lead = () => leadOf(props.entry)
  const failed = () => props.entry.status === 'failed'
  return (
    <Show when={lead()}>
      {(input) => (
        <li class="card card-pending" classList={{ 'card-failed': failed() }} data-testid="pending-lead">
          <div class="card-head">
            <h3 class="card-title">{leadTitle(input())}</h3>
            <span class="stage stage-lead">{stageLabel('LEAD')}</span>
          </div>
          <p class="card-line">
            <strong>{input().talentName}</strong>
            {input().employer ? <span> · {input().employer}</span> : null}
          </p>
          <p class="card-meta">
            <span class={failed() ? 'tag tag-failed' : 'tag tag-unsynced'}>
              {failed() ? t('projects.syncFailed') : t('projects.unsynced')}
            </span>
            <span> {sourceLabel(input().sourceChannel)}</span>
          </p>
          <Show when={props.entry.lastError}>{(error) => <p class="card-error">{error().message}</p>}</Show>
          <Show when={isWaiting(props.entry)}>
            <p class="card-meta">{t('sync.waitingBehind')}</p>
          </Show>
        </li>
      )}
    </Show>
  )
}
