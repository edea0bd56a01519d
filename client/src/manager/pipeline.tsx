// /pipeline: the unit's active projects by stage, for the park manager (and, to read, the unit's head).
import { createMemo, createSignal, onCleanup, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { filterBoard, noFilters, type BoardFilters } from './board.ts'
import { createPipelineProjects } from './pipeline-data.ts'
import { createProjectMove } from './move-project.ts'
import { PipelineFilters } from './pipeline-filters.tsx'
import { PipelineBoard } from './pipeline-board.tsx'
import './manager.css'

export default function PipelineRoute() {
  const { projects, members, read } = createPipelineProjects()
  const [filters, setFilters] = createSignal<BoardFilters>(noFilters)
  const shown = createMemo(() => filterBoard(projects(), filters()))
  const move = createProjectMove()
  const [message, setMessage] = createSignal<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  onCleanup(() => clearTimeout(timer))
  const say = (text: string) => {
    setMessage(text)
    clearTimeout(timer)
    timer = setTimeout(() => setMessage(null), 4_000)
  }

  return (
    <div class="screen">
      <AppHeader title={t('manager.pipeline.title')} />
      <main class="content pipeline">
        <PipelineFilters filters={filters()} members={members()} onChange={setFilters} />
        <SavedNote shown={Boolean(read.data())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('manager.pipeline.loadFailed', { message })} />
        <div class="pipeline-head">
          <p class="card-meta">
            {t('manager.pipeline.activeOnly', { count: shown().length })} · {t('manager.pipeline.dragHint')}
          </p>
          {/* A project starts as a lead (登记线索 makes the talent and the project at once). */}
          <A href="/leads/new" class="button button-small button-primary" data-testid="pipeline-new-lead">
            {t('manager.pipeline.newLead')}
          </A>
          <A href="/spending" class="button button-small" data-testid="pipeline-spending">
            {t('manager.spending.link')}
          </A>
        </div>
        <Show when={!read.loading()} fallback={<Splash />}>
          <PipelineBoard
            projects={shown()}
            onMove={(project, to) => void move(project, to).then((result) => result && say(result.message))}
          />
        </Show>
      </main>
      {/* Always in the page, so that screen readers announce what is put in it. */}
      <div class="toast" classList={{ 'toast-hidden': !message() }} role="status" data-testid="pipeline-message">
        <span>{message()}</span>
      </div>
    </div>
  )
}
