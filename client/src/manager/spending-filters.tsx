// What the 人才投入 list shows: the unit (the office and leaders; the whole county when none), the year (read from
// the server), and within it the days from and to and words of the purpose (narrowed here, offline too).
import { For, Show } from 'solid-js'
import type { SetStoreFunction } from 'solid-js/store'
import { t } from '../i18n/index.ts'
import type { SpendingFilter } from './spending-rows.ts'

export function SpendingFilters(props: {
  countyWide: boolean
  units: readonly { uuid: string; name: string }[]
  unitId: string | null
  onUnit: (unitId: string | null) => void
  year: number
  years: readonly number[]
  onYear: (year: number) => void
  filter: SpendingFilter
  setFilter: SetStoreFunction<SpendingFilter>
}) {
  return (
    <fieldset class="office-filters" aria-label={t('manager.spending.filters')}>
      <Show when={props.countyWide}>
        <label for="spending-unit">{t('manager.spending.unit')}</label>
        <select
          id="spending-unit"
          value={props.unitId ?? ''}
          onChange={(e) => props.onUnit(e.currentTarget.value || null)}
        >
          <option value="">{t('manager.spending.county')}</option>
          <For each={props.units}>{(unit) => <option value={unit.uuid}>{unit.name}</option>}</For>
        </select>
      </Show>
      <label for="spending-year">{t('manager.spending.year')}</label>
      <select
        id="spending-year"
        value={props.year}
        onChange={(e) => {
          // Days of another year would hide every row of this one.
          props.setFilter({ from: '', to: '' })
          props.onYear(Number(e.currentTarget.value))
        }}
      >
        <For each={props.years}>{(y) => <option value={y}>{y}</option>}</For>
      </select>
      <label for="spending-from">{t('manager.spending.from')}</label>
      <input
        id="spending-from"
        type="date"
        min={`${props.year}-01-01`}
        max={props.filter.to || `${props.year}-12-31`}
        value={props.filter.from}
        onInput={(e) => props.setFilter('from', e.currentTarget.value)}
      />
      <label for="spending-to">{t('manager.spending.to')}</label>
      <input
        id="spending-to"
        type="date"
        min={props.filter.from || `${props.year}-01-01`}
        max={`${props.year}-12-31`}
        value={props.filter.to}
        onInput={(e) => props.setFilter('to', e.currentTarget.value)}
      />
      <label for="spending-search">{t('manager.spending.search')}</label>
      <input
        id="spending-search"
        type="search"
        value={props.filter.text}
        onInput={(e) => props.setFilter('text', e.currentTarget.value)}
      />
    </fieldset>
  )
}
