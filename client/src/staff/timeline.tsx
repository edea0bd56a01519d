// The project's timeline: the user's unsynced writes on top, then its history, newest first. A follow-up its
// author may correct offers 修改; a correction not yet acknowledged shows in place, marked 未同步.
import { createMemo, For, Match, Show, Switch } from 'solid-js'
import { A } from '@solidjs/router'
import { readFragment, type FragmentOf } from '../graphql.ts'
import type { OutboxEntry } from '../outbox/types.ts'
import { outboxEntries } from '../outbox/index.ts'
import { pendingActivityEdits } from '../outbox/overlay.ts'
import { stageLabel, statusLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { activityKindLabel, agreementLabel } from './labels.ts'
import { dateTime, fullDate } from './dates.ts'
import { TimelineFragment } from './project-fragments.ts'
import { timelineItems, type TimelineItem } from './timeline-items.ts'
import { PendingWrites } from './pending-writes.tsx'

/** Where a correction of the follow-up stands: waiting, or refused with the server's reason and a way to fix it. */
function EditState(props: { edits: OutboxEntry[] }) {
  const failed = () => props.edits.find((entry) => entry.status === 'failed')
  return (
    <Show when={props.edits.length}>
      <p class="timeline-edit" data-testid="activity-edit-state">
        <span class={failed() ? 'tag tag-failed' : 'tag tag-unsynced'}>
          {failed() ? t('projects.syncFailed') : t('projects.unsynced')}
        </span>{' '}
        {t('staff.followUp.editWaiting')}
      </p>
      <Show when={failed()?.lastError}>{(error) => <p class="card-error">{error().message}</p>}</Show>
      <Show when={failed()}>
        <A href="/sync" class="button button-small">
          {t('staff.pending.fix')}
        </A>
      </Show>
    </Show>
  )
}

function ItemBody(props: { item: TimelineItem; projectId: string }) {
  const item = props.item
  switch (item.type) {
    case 'activity':
      return (
        <>
          <p class="timeline-head">
            <strong>{activityKindLabel(item.activity.kind)}</strong> · {item.activity.author.name}
            <Show when={item.activity.editable}>
              {' '}
              <A
                href={`/projects/${props.projectId}/follow-ups/${item.activity.uuid}/edit`}
                class="timeline-action"
                data-testid="edit-follow-up"
              >
                {t('staff.followUp.editAction')}
              </A>
            </Show>
          </p>
          <p class="timeline-text">{item.activity.summary}</p>
          <Show when={item.activity.nextStep}>
            {(step) => <p class="muted">{t('staff.timeline.nextStep', { text: step() })}</p>}
          </Show>
          <Show when={item.activity.nextFollowUpAt}>
            {(next) => <p class="muted">{t('staff.timeline.nextFollowUp', { date: fullDate(next()) })}</p>}
          </Show>
          <EditState edits={item.edits} />
        </>
      )
    case 'created':
      return (
        <p class="timeline-head">
          {t('staff.timeline.created', { stage: stageLabel(item.stage) })} · {item.by}
        </p>
      )
    case 'stage':
    case 'status':
      return (
        <>
          <p class="timeline-head">
            {item.type === 'stage'
              ? t('staff.timeline.stage', { from: stageLabel(item.from), to: stageLabel(item.to) })
              : t('staff.timeline.status', { from: statusLabel(item.from), to: statusLabel(item.to) })}{' '}
            · {item.by}
          </p>
          <Show when={item.note}>{(note) => <p class="muted">{note()}</p>}</Show>
        </>
      )
    case 'signing':
      return (
        <p class="timeline-head">
          {t('staff.timeline.signing', { kind: agreementLabel(item.signing.agreementKind) })}
          <Show when={item.signing.investmentAgreed}>
            {(amount) => <span> · {t('staff.timeline.investment', { amount: amount() })}</span>}
          </Show>
        </p>
      )
    case 'landing':
      return (
        <p class="timeline-head">
          {t('staff.timeline.landing', { company: item.landing.companyName })}{' '}
          <span class="muted">{item.landing.uscc}</span>
        </p>
      )
  }
}

export function Timeline(props: {
  project: FragmentOf<typeof TimelineFragment>
  projectId: string
  pending: OutboxEntry[]
}) {
  const edits = createMemo(() => pendingActivityEdits(outboxEntries()))
  const items = () => timelineItems(readFragment(TimelineFragment, props.project), edits())
  return (
    <section class="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" class="panel-title">
        {t('staff.timeline.heading')}
      </h2>
      <PendingWrites entries={props.pending} />
      <Show when={items().length} fallback={<p class="muted">{t('staff.timeline.empty')}</p>}>
        <ol class="timeline" data-testid="timeline">
          <For each={items()}>
            {(item) => (
              <li class={`timeline-item timeline-${item.type}`} data-testid="timeline-item">
                <time class="timeline-time" datetime={item.at}>
                  <Switch fallback={dateTime(item.at)}>
                    <Match when={item.type === 'signing' || item.type === 'landing'}>{fullDate(item.at)}</Match>
                  </Switch>
                </time>
                <ItemBody item={item} projectId={props.projectId} />
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  )
}
