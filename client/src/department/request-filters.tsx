// The list's filters live in the address (?status=&overdue=1&escalated=1&mine=0&projectId=), so that going
// back from a request returns to the same list.
import { For, Show } from 'solid-js'
import { useSearchParams } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { requestStatusLabel } from './labels.ts'
import { supportStatuses, type SupportStatus } from './support-steps.ts'

export interface RequestFilterValues {
  status: SupportStatus | null
  overdue: boolean
  escalated: boolean
  /** Department staff: only what is with their department now (the default), not what they handed on. */
  mine: boolean
  projectId: string | null
}

type Params = Partial<Record<string, string | string[]>>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export function readRequestFilters(params: Params, isDepartment: boolean): RequestFilterValues {
  const status = one(params.status)
  return {
    status: supportStatuses.find((known) => known === status) ?? null,
    overdue: one(params.overdue) === '1',
    escalated: one(params.escalated) === '1',
    mine: isDepartment && one(params.mine) !== '0',
    projectId: one(params.projectId) || null,
  }
}

export function RequestFilters(props: { filters: RequestFilterValues; isDepartment: boolean }) {
  const [, setParams] = useSearchParams()
  const flag = (on: boolean) => (on ? '1' : undefined)
  return (
    <details class="request-filters" open>
      <summary>{t('department.list.filters')}</summary>
      <div class="field">
        <label for="request-status">{t('department.list.status')}</label>
        <select
          id="request-status"
          value={props.filters.status ?? ''}
          onChange={(event) => setParams({ status: event.currentTarget.value || undefined })}
        >
          <option value="">{t('department.list.anyStatus')}</option>
          <For each={supportStatuses}>{(status) => <option value={status}>{requestStatusLabel(status)}</option>}</For>
        </select>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={props.filters.overdue}
          onChange={(event) => setParams({ overdue: flag(event.currentTarget.checked) })}
        />
        {t('department.list.overdueOnly')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={props.filters.escalated}
          onChange={(event) => setParams({ escalated: flag(event.currentTarget.checked) })}
        />
        {t('department.list.escalatedOnly')}
      </label>
      <Show when={props.isDepartment}>
        <label class="check">
          <input
            type="checkbox"
            checked={props.filters.mine}
            onChange={(event) => setParams({ mine: event.currentTarget.checked ? undefined : '0' })}
          />
          {t('department.list.mineOnly')}
        </label>
      </Show>
      <Show when={props.filters.projectId}>
        <button type="button" class="button button-small" onClick={() => setParams({ projectId: undefined })}>
          {t('department.list.allProjects')}
        </button>
      </Show>
    </details>
  )
}
