// The board: one column per stage with its count, side by side and scrolled sideways on a phone. Cards move
// by the "移动到…" sheet or by dragging them onto another column.
import { createSignal, For, Show } from 'solid-js'
import type { Stage } from '../graphql.ts'
import { stageLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { groupByStage, type BoardProject } from './board.ts'
import { createCardDrag } from './drag.ts'
import { MoveSheet } from './move-sheet.tsx'
import { PipelineCard } from './pipeline-card.tsx'

export function PipelineBoard(props: {
  projects: readonly BoardProject[]
  onMove: (project: BoardProject, to: Stage) => void
}) {
  let board: HTMLDivElement | undefined
  const [moving, setMoving] = createSignal<BoardProject | null>(null)
  const byUuid = (uuid: string) => props.projects.find((project) => project.uuid === uuid)
  const { drag, start } = createCardDrag({
    board: () => board,
    onDrop: (uuid, stage) => {
      const project = byUuid(uuid)
      if (project) props.onMove(project, stage)
    },
  })
  const dragged = () => {
    const state = drag()
    return state ? byUuid(state.projectId) : undefined
  }

  return (
    <>
      <div
        class="pipeline-board"
        ref={board}
        classList={{ 'pipeline-board-dragging': Boolean(drag()) }}
        data-testid="pipeline-board"
      >
        <For each={groupByStage(props.projects)}>
          {(column) => (
            <section
              class="pipeline-column"
              classList={{ 'pipeline-column-over': drag()?.over === column.stage }}
              data-stage-column={column.stage}
              aria-labelledby={`column-${column.stage}`}
              data-testid={`column-${column.stage}`}
            >
              <h2 id={`column-${column.stage}`} class="pipeline-column-title">
                <span class={`stage stage-${column.stage.toLowerCase()}`}>{stageLabel(column.stage)}</span>
                <span class="pipeline-count" data-testid="column-count">
                  {t('manager.pipeline.columnCount', { count: column.projects.length })}
                </span>
              </h2>
              <ul class="cards pipeline-cards">
                <For
                  each={column.projects}
                  fallback={<li class="pipeline-empty">{t('manager.pipeline.emptyColumn')}</li>}
                >
                  {(project) => (
                    <PipelineCard
                      project={project}
                      dragging={drag()?.projectId === project.uuid}
                      onPointerDown={(event) => start(event, project.uuid)}
                      onMove={() => setMoving(project)}
                    />
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </div>
      <Show when={drag() && dragged()}>
        <div class="drag-ghost" aria-hidden="true" style={{ transform: `translate(${drag()!.x}px, ${drag()!.y}px)` }}>
          {dragged()!.talent.name} · {dragged()!.title}
        </div>
      </Show>
      <Show when={moving()}>
        {(project) => (
          <MoveSheet
            project={project()}
            onClose={() => setMoving(null)}
            onChoose={(stage) => {
              const chosen = project()
              setMoving(null)
              props.onMove(chosen, stage)
            }}
          />
        )}
      </Show>
    </>
  )
}
