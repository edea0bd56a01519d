// Finding a talent to file for or to record at an event: the search screen's query, so a name searched before
// is found again offline. A talent already taken (recorded, or waiting to be) cannot be picked twice.
import { createEffect, createSignal, For, onCleanup, Show } from 'solid-js'
import type { ResultOf } from '../../graphql.ts'
import { createRead } from '../../urql/read.ts'
import { online } from '../../network.ts'
import { t } from '../../i18n/index.ts'
import { SearchTalentsQuery } from '../../search/search-queries.ts'

export type FoundTalent = ResultOf<typeof SearchTalentsQuery>['talents']['edges'][number]['node']

export function TalentPicker(props: {
  id: string
  action: string
  onPick: (talent: FoundTalent) => void
  /** Words for a talent that cannot be picked (already recorded), or null. */
  taken?: (talent: FoundTalent) => string | null
}) {
  const [typed, setTyped] = createSignal('')
  const [text, setText] = createSignal('')
  createEffect(() => {
    const next = typed().trim()
    const timer = setTimeout(() => setText(next), 300)
    onCleanup(() => clearTimeout(timer))
  })
  const read = createRead(SearchTalentsQuery, { variables: () => ({ text: text() }), pause: () => !text() })
  const found = () => (text() ? (read.data()?.talents.edges.map((edge) => edge.node) ?? []) : [])
  return (
    <div class="talent-picker">
      <label for={props.id}>{t('manager.programs.searchTalent')}</label>
      <input id={props.id} type="search" value={typed()} onInput={(event) => setTyped(event.currentTarget.value)} />
      <Show when={!online()}>
        <small class="hint">{t('manager.programs.searchOffline')}</small>
      </Show>
      <Show when={text() && read.data() && !found().length}>
        <p class="muted">{t('manager.programs.noTalents')}</p>
      </Show>
      <ul class="picker-results">
        <For each={found()}>
          {(talent) => {
            const taken = () => props.taken?.(talent) ?? null
            return (
              <li data-testid="talent-option">
                <span>
                  <strong>{talent.name}</strong>
                  <Show when={talent.employer}>{(employer) => <span class="muted"> · {employer()}</span>}</Show>
                </span>
                <Show when={!taken()} fallback={<span class="tag">{taken()}</span>}>
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={`${props.action} ${talent.name}`}
                    onClick={() => props.onPick(talent)}
                  >
                    {props.action}
                  </button>
                </Show>
              </li>
            )
          }}
        </For>
      </ul>
    </div>
  )
}
