// The board's filters: owner, 三色 light and a text search, applied on the phone to what is already loaded
// (so they work offline too).
import { For } from 'solid-js'
import { t } from '../i18n/index.ts'
import { lightLabel } from '../staff/labels.ts'
import type { BoardFilters, Light } from './board.ts'

const lights: readonly Light[] = ['RED', 'YELLOW', 'GREEN']

export function PipelineFilters(props: {
  filters: BoardFilters
  members: readonly { uuid: string; name: string }[]
  onChange: (filters: BoardFilters) => void
}) {
  const set = (patch: Partial<BoardFilters>) => props.onChange({ ...props.filters, ...patch })
  return (
    /* biome-ignore lint/a11y/useSemanticElements: the build targets ES2020-era browsers, which know the search
       role but not the <search> element (2023). */
    <div class="pipeline-filters" role="search">
      <div class="field">
        <label for="pipeline-text">{t('manager.filter.text')}</label>
        <input
          id="pipeline-text"
          type="search"
          placeholder={t('manager.filter.textHint')}
          value={props.filters.text}
          onInput={(event) => set({ text: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="pipeline-owner">{t('manager.filter.owner')}</label>
        <select
          id="pipeline-owner"
          value={props.filters.owner}
          onChange={(event) => set({ owner: event.currentTarget.value })}
        >
          <option value="">{t('manager.filter.anyOwner')}</option>
          <option value="none">{t('manager.filter.noOwner')}</option>
          <For each={props.members}>{(member) => <option value={member.uuid}>{member.name}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="pipeline-light">{t('manager.filter.light')}</label>
        <select
          id="pipeline-light"
          value={props.filters.light}
          onChange={(event) => set({ light: event.currentTarget.value as Light | '' })}
        >
          <option value="">{t('manager.filter.anyLight')}</option>
          <For each={lights}>{(light) => <option value={light}>{lightLabel(light)}</option>}</For>
        </select>
      </div>
    </div>
  )
}
