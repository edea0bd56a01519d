// The year the 考核方案 screens show, kept in the address (?year=2027) so a link or a reload keeps it. The
// office prepares next year's scheme before it starts, so next year is offered too.
import { For } from 'solid-js'
import { useSearchParams } from '@solidjs/router'
import { countyParts } from '../../format.ts'
import { t } from '../../i18n/index.ts'

const thisYear = () => countyParts(new Date()).year

export function createYear() {
  const [params, setParams] = useSearchParams<{ year?: string }>()
  const year = () => {
    const asked = Number(params.year)
    return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear()
  }
  return { year, setYear: (next: number) => setParams({ year: String(next) }, { replace: true }) }
}

export function YearPicker(props: { year: number; onChange: (year: number) => void }) {
  const years = () => {
    const offered = Array.from({ length: 6 }, (_, i) => thisYear() + 1 - i)
    return offered.includes(props.year) ? offered : [props.year, ...offered]
  }
  return (
    <label class="office-inline">
      <span>{t('office.assessment.year')}</span>
      <select value={props.year} onChange={(event) => props.onChange(Number(event.currentTarget.value))}>
        <For each={years()}>
          {(year) => <option value={year}>{t('office.assessment.yearOption', { year })}</option>}
        </For>
      </select>
    </label>
  )
}
