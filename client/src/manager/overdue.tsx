// /overdue: the unit's projects with a missed response clock or follow-up (Project.deadlines), the longest
// overdue first, with who owns them; each opens the project.
import { createMemo, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { clockLabel } from '../staff/labels.ts'
import { LightDot } from '../staff/light-dot.tsx'
import { daysOverdue, overdueProjects } from './board.ts'
import { createPipelineProjects } from './pipeline-data.ts'
import './manager.css'

export default function OverdueRoute() {
  const { projects, read } = createPipelineProjects()
  const now = new Date()
  const overdue = createMemo(() => overdueProjects(projects(), now))
  const missedText = (kind: Parameters<typeof clockLabel>[0], dueAt: string) => {
    const days = daysOverdue(dueAt, now)
    return days > 0
      ? t('manager.overdue.missed', { clock: clockLabel(kind), days })
      : t('manager.overdue.missedToday', { clock: clockLabel(kind) })
  }

  return (
    <div class="screen">
      <AppHeader title={t('manager.overdue.title')} />
      <main class="content">
        <SavedNote shown={Boolean(read.data())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('manager.pipeline.loadFailed', { message })} />
        <Show when={read.loading()}>
          <Splash />
        </Show>
        <Show when={read.data() && overdue().length}>
          <p class="card-meta overdue-summary">{t('manager.overdue.summary', { count: overdue().length })}</p>
        </Show>
        <ul class="cards" data-testid="overdue-list">
          <For each={overdue()}>
            {({ project, missed }) => (
              <li class="card overdue-card" data-testid="overdue-card">
                <A href={`/projects/${project.uuid}`} class="overdue-link">
                  <div class="card-head">
                    <h3 class="card-title">{project.title}</h3>
                    <LightDot light={project.light} />
                  </div>
                  <p class="card-line">
                    <strong>{project.talent.name}</strong> ·{' '}
                    {project.owner
                      ? t('manager.pipeline.owner', { name: project.owner.name })
                      : t('manager.pipeline.noOwner')}
                  </p>
                  <ul class="overdue-clocks">
                    <For each={missed}>{(deadline) => <li>{missedText(deadline.kind, deadline.dueAt)}</li>}</For>
                  </ul>
                </A>
              </li>
            )}
          </For>
        </ul>
        <Show when={read.data() && !overdue().length}>
          <p class="empty">{t('manager.overdue.empty')}</p>
        </Show>
      </main>
    </div>
  )
}
