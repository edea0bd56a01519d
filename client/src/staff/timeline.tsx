// The project's timeline: the user's unsynced writes on top, then its history, newest first.
import { For, Match, Show, Switch } from 'solid-js'
import { readFragment, type FragmentOf } from '../graphql.ts'
import type { OutboxEntry } from '../outbox/types.ts'
import { stageLabel, statusLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { activityKindLabel, agreementLabel } from './labels.ts'
import { dateTime, fullDate } from './dates.ts'
import { TimelineFragment } from './project-fragments.ts'
import { timelineItems, type TimelineItem } from './timeline-items.ts'
import { PendingWrites } from './pending-writes.tsx'

function ItemBody(props: { item: TimelineItem }) {
  const item = props.item
  switch (item.type) {
    case 'activity':
      return (
        <>
          <p class="timeline-head">
            <strong>{activityKindLabel(item.activity.kind)}</strong> · {item.activity.author.name}
          </p>
          <p class="timeline-text">{item.activity.summary}</p>
          <Show when={item.activity.nextStep}>
            {(step) => <p class="muted">{t('staff.timeline.nextStep', { text: step() })}</p>}
          </Show>
          <Show when={item.activity.nextFollowUpAt}>
            {(next) => <p class="muted">{t('staff.timeline.nextFollowUp', { date: fullDate(next()) })}</p>}
          </Show>
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

export function Timeline(props: { project: FragmentOf<typeof TimelineFragment>; pending: OutboxEntry[] }) {
  const items = () => timelineItems(readFragment(TimelineFragment, props.project))
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
                <ItemBody item={item} />
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  )
}
