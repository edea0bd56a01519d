// "移动到…": an action sheet at the bottom of the screen listing only the stages the project may move to,
// each saying what it needs first (a signing, a landing, a reason) when it does.
import { For, onCleanup, onMount, Show } from 'solid-js'
import type { Stage } from '../graphql.ts'
import { stageLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { moveOptions } from './stage-moves.ts'
import type { BoardProject } from './board.ts'

export function MoveSheet(props: { project: BoardProject; onChoose: (stage: Stage) => void; onClose: () => void }) {
  let sheet: HTMLDivElement | undefined
  const options = () => moveOptions(props.project)
  const returnFocusTo = document.activeElement as HTMLElement | null
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && props.onClose()
  onMount(() => {
    sheet?.querySelector<HTMLElement>('button')?.focus()
    window.addEventListener('keydown', onKey)
  })
  onCleanup(() => {
    window.removeEventListener('keydown', onKey)
    returnFocusTo?.focus?.()
  })

  return (
    /* biome-ignore lint/a11y/noStaticElementInteractions: a tap on the dimmed screen is a pointer shortcut;
       keyboards close the sheet with Escape (the window listener above) or 取消. */
    <div
      class="sheet-backdrop"
      role="presentation"
      onClick={(event) => event.target === event.currentTarget && props.onClose()}
    >
      <div
        class="sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="move-sheet-title"
        ref={sheet}
        data-testid="move-sheet"
      >
        <h2 id="move-sheet-title" class="sheet-title">
          {t('manager.pipeline.sheetTitle', { title: props.project.title })}
        </h2>
        <p class="card-meta">{t('manager.pipeline.current', { stage: stageLabel(props.project.stage) })}</p>
        <Show when={options().length} fallback={<p class="empty">{t('manager.pipeline.noMoves')}</p>}>
          <ul class="sheet-options">
            <For each={options()}>
              {(option) => (
                <li>
                  <button
                    type="button"
                    class="button button-block sheet-option"
                    onClick={() => props.onChoose(option.stage)}
                  >
                    <span>{stageLabel(option.stage)}</span>
                    <Show when={option.gate}>
                      {(gate) => <small class="hint">{t(`manager.pipeline.gate.${gate()}`)}</small>}
                    </Show>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <button type="button" class="button button-block button-quiet" onClick={() => props.onClose()}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  )
}
