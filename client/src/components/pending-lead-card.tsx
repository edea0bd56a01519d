// A project still in the outbox, a new lead or a new project for a known talent: shown at the top of the list,
// marked unsynced (or failed, with the reason).
import { Show } from 'solid-js'
import { useClient } from '@urql/solid'
import type { OutboxEntry } from '../outbox/types.ts'
import { isWaiting } from '../outbox/index.ts'
import { newProjectOf } from '../outbox/overlay.ts'
import { recordName } from '../sync/describe.ts'
import { sourceLabel, stageLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'

export function PendingLeadCard(props: { entry: OutboxEntry }) {
  const client = useClient()
  const project = () => newProjectOf(props.entry)
  const failed = () => props.entry.status === 'failed'
  return (
    <Show when={project()}>
      {(pending) => {
        const talentName = () => pending().talentName ?? recordName(pending().talentId, [], client)
        return (
          <li class="card card-pending" classList={{ 'card-failed': failed() }} data-testid="pending-lead">
            <div class="card-head">
              <h3 class="card-title">{pending().title}</h3>
              <span class="stage stage-lead">{stageLabel('LEAD')}</span>
            </div>
            <Show when={talentName()}>
              {(name) => (
                <p class="card-line">
                  <strong>{name()}</strong>
                  {pending().employer ? <span> · {pending().employer}</span> : null}
                </p>
              )}
            </Show>
            <p class="card-meta">
              <span class={failed() ? 'tag tag-failed' : 'tag tag-unsynced'}>
                {failed() ? t('projects.syncFailed') : t('projects.unsynced')}
              </span>
              <span> {sourceLabel(pending().sourceChannel)}</span>
            </p>
            <Show when={props.entry.lastError}>{(error) => <p class="card-error">{error().message}</p>}</Show>
            <Show when={isWaiting(props.entry)}>
              <p class="card-meta">{t('sync.waitingBehind')}</p>
            </Show>
          </li>
        )
      }}
    </Show>
  )
}
