// The user's writes of this project that the server has not acknowledged: on top of the timeline,
// marked 未同步, or 同步失败 with the server's reason and a way to /sync to fix or discard them.
import { For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import type { OutboxEntry } from '../outbox/types.ts'
import { isWaiting } from '../outbox/index.ts'
import { inputOf } from '../outbox/overlay.ts'
import { operationName } from '../outbox/write.ts'
import { leadTitle } from '@talent/rules/lead-title'
import { stageLabel, statusLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { activityKindLabel } from './labels.ts'
import { fullDate } from './dates.ts'

/** What a waiting write will do, in the user's words. */
export function describeWrite(entry: OutboxEntry): string {
  switch (entry.operation) {
    case 'logActivity': {
      const { kind, summary } = entry.variables.input
      return t('staff.pending.logActivity', { kind: activityKindLabel(kind), summary })
    }
    case 'moveProjectStage':
    case 'pipelineMoveStage':
      return t('staff.pending.moveProjectStage', { stage: stageLabel(entry.variables.input.to) })
    case 'setProjectStatus':
      return t('staff.pending.setProjectStatus', { status: statusLabel(entry.variables.input.status) })
    case 'recordSigning':
      return t('staff.pending.recordSigning', { date: fullDate(entry.variables.input.signedAt) })
    case 'recordLanding':
      return t('staff.pending.recordLanding', { company: entry.variables.input.companyName })
    case 'updateProject':
      return t('staff.pending.updateProject')
    case 'createLead':
      return t('staff.pending.createLead', { title: leadTitle(entry.variables.input) })
    case 'createProject':
      return t('staff.newProject.pending', { title: entry.variables.input.title })
    default:
      return t('staff.pending.other', { operation: operationName(entry) })
  }
}

export function PendingWrites(props: { entries: OutboxEntry[] }) {
  return (
    <Show when={props.entries.length}>
      <ul class="timeline timeline-pending" data-testid="pending-writes">
        <For each={[...props.entries].reverse()}>
          {(entry) => {
            const failed = () => entry.status === 'failed'
            const reason = () => inputOf(entry).reason
            return (
              <li
                class="timeline-item"
                classList={{ 'card-pending': !failed(), 'card-failed': failed() }}
                data-testid="pending-write"
              >
                <p>
                  <span class={failed() ? 'tag tag-failed' : 'tag tag-unsynced'}>
                    {failed() ? t('projects.syncFailed') : t('projects.unsynced')}
                  </span>{' '}
                  {describeWrite(entry)}
                </p>
                <Show when={typeof reason() === 'string' && reason()}>
                  <p class="muted">{t('staff.pending.reason', { reason: String(reason()) })}</p>
                </Show>
                <Show when={entry.lastError}>{(error) => <p class="card-error">{error().message}</p>}</Show>
                <Show when={isWaiting(entry)}>
                  <p class="muted">{t('sync.waitingBehind')}</p>
                </Show>
                <Show when={failed()}>
                  <A href="/sync" class="button button-small">
                    {t('staff.pending.fix')}
                  </A>
                </Show>
              </li>
            )
          }}
        </For>
      </ul>
    </Show>
  )
}
