// The year every leader screen reads, kept in the address (?year=2025) so a link or a reload keeps it.
import { For } from 'solid-js'
import { useSearchParams } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { currentYear, pickableYears } from './format.ts'

export function createYear() {
  const [params, setParams] = useSearchParams<{ year?: string }>()
  const year = () => {
    const asked = Number(params.year)
    return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentYear()
  }
  return {
    year,
    setYear: (next: number) =>
      setParams({ year: next === currentYear() ? undefined : String(next) }, { replace: true }),
  }
}

export function YearPicker(props: { year: number; onChange: (year: number) => void }) {
  return (
    <label class="leader-year">
      <span>{t('leader.year')}</span>
      <select
        value={props.year}
        onChange={(event) => props.onChange(Number(event.currentTarget.value))}
        data-testid="year-picker"
      >
        <For each={pickableYears()}>{(year) => <option value={year}>{t('leader.yearOption', { year })}</option>}</For>
      </select>
    </label>
  )
}

/** `?year=` for links between the leader screens: nothing for the current year. */
export const yearQuery = (year: number) => (year === currentYear() ? '' : `?year=${year}`)
