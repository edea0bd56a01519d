// The head of a project: stage, status, 三色 light, next follow-up and open deadlines, and who follows it.
// A stage or status still in the outbox shows beside the server's, marked 未同步.
import { For, Show } from 'solid-js'
import { readFragment, type FragmentOf, type ProjectStatus, type Stage } from '../graphql.ts'
import { stageLabel, statusLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { clockLabel } from './labels.ts'
import { dateTime, fullDate } from './dates.ts'
import { LightDot } from './light-dot.tsx'
import { ProjectSummaryFragment } from './project-fragments.ts'

const stageClass = (stage: Stage) => `stage stage-${stage.toLowerCase()}`

export function ProjectSummary(props: {
  project: FragmentOf<typeof ProjectSummaryFragment>
  pending: { stage: Stage; status: ProjectStatus }
}) {
  const project = () => readFragment(ProjectSummaryFragment, props.project)
  const now = Date.now()
  return (
    <section class="panel" aria-labelledby="project-title">
      <h2 id="project-title" class="project-title">
        {project().title}
      </h2>
      <dl class="facts">
        <div>
          <dt>{t('staff.project.stage')}</dt>
          <dd>
            <span class={stageClass(project().stage)} data-testid="project-stage">
              {stageLabel(project().stage)}
            </span>
            <Show when={props.pending.stage !== project().stage}>
              {' → '}
              <span class={stageClass(props.pending.stage)}>{stageLabel(props.pending.stage)}</span>{' '}
              <span class="tag tag-unsynced">{t('projects.unsynced')}</span>
            </Show>
          </dd>
        </div>
        <div>
          <dt>{t('staff.project.status')}</dt>
          <dd>
            {statusLabel(project().status)}
            <Show when={project().statusReason}>{(reason) => <span class="muted">（{reason()}）</span>}</Show>
            <Show when={props.pending.status !== project().status}>
              {' → '}
              {statusLabel(props.pending.status)} <span class="tag tag-unsynced">{t('projects.unsynced')}</span>
            </Show>
          </dd>
        </div>
        <Show when={project().status === 'ACTIVE'}>
          <div>
            <dt>{t('staff.project.light')}</dt>
            <dd>
              <LightDot light={project().light} /> {t(`staff.lightShort.${project().light}`)}
            </dd>
          </div>
        </Show>
        <div>
          <dt>{t('staff.project.nextFollowUp')}</dt>
          <dd>{project().nextFollowUpAt ? fullDate(project().nextFollowUpAt!) : t('staff.project.none')}</dd>
        </div>
        <Show when={project().deadlines.filter((deadline) => deadline.kind !== 'FOLLOW_UP').length}>
          <div>
            <dt>{t('staff.project.deadlines')}</dt>
            <dd>
              <ul class="plain-list">
                <For each={project().deadlines.filter((deadline) => deadline.kind !== 'FOLLOW_UP')}>
                  {(deadline) => (
                    <li classList={{ late: new Date(deadline.dueAt).getTime() < now }}>
                      {t('staff.project.due', { kind: clockLabel(deadline.kind), date: dateTime(deadline.dueAt) })}
                      <Show when={new Date(deadline.dueAt).getTime() < now}> · {t('staff.project.overdueTag')}</Show>
                    </li>
                  )}
                </For>
              </ul>
            </dd>
          </div>
        </Show>
        <div>
          <dt>{t('staff.project.owner')}</dt>
          <dd>{project().owner?.name ?? t('staff.project.noOwner')}</dd>
        </div>
        <Show when={project().followers.length}>
          <div>
            <dt>{t('staff.project.followers')}</dt>
            <dd>
              {project()
                .followers.map((follower) => follower.name)
                .join('、')}
            </dd>
          </div>
        </Show>
        <div>
          <dt>{t('staff.project.unit')}</dt>
          <dd>{project().unit.name}</dd>
        </div>
      </dl>
    </section>
  )
}
