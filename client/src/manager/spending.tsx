// /spending: 人才投入, what the unit spent on talent work in a year and its total (the TALENT_INVESTMENT
// indicator's actual). A unit's manager or head records, corrects and removes (with a reason) their own unit's
// spending, offline too: each write waits in the outbox, its row marked 未同步 or 待删除, and the list asks the
// server again once they are acknowledged. The office picks the unit (or reads the whole county) and writes
// for any; county leaders read. The year comes from the server; the dates, the words of the purpose and the
// order by date or amount are chosen here, over the year's list.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { graphql } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { isWrite } from '../outbox/overlay.ts'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { createSort, SortHeader } from '../components/sort-header.tsx'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote } from '../shell/read-state.tsx'
import { countyToday } from '../staff/dates.ts'
import { SpendingEntry } from './spending-entry.tsx'
import { SpendingFilters } from './spending-filters.tsx'
import { SpendingRowView } from './spending-row.tsx'
import {
  filterSpending,
  isFiltered,
  type SpendingFilter,
  type SpendingSort,
  sortSpending,
  spendingRows,
  spendingSum,
} from './spending-rows.ts'
import './manager.css'
import '../office/office.css'

const SpendingQuery = graphql(`
  query UnitSpending($unitId: String, $year: Int) {
    talentSpendings(unitId: $unitId, year: $year) { id uuid spentOn amount purpose version unit { id name } }
    talentSpendingTotal(unitId: $unitId, year: $year)
  }
`)

const SpendingUnitsQuery = graphql(`
  query SpendingUnits {
    units(kind: [PARK, TOWN]) { id uuid name retiredAt }
  }
`)

const writers = new Set(['PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'])
/** The server answers at most this many rows of a year (talent-spending.ts). */
const listLimit = 1000
const spendingWrites = ['recordTalentSpending', 'updateTalentSpending', 'deleteTalentSpending'] as const

export default function SpendingRoute() {
  const thisYear = Number(countyToday().slice(0, 4))
  const [year, setYear] = createSignal(thisYear)
  const [unitId, setUnitId] = createSignal<string | null>(null)
  const [filter, setFilter] = createStore<SpendingFilter>({ from: '', to: '', text: '' })
  const sorting = createSort<SpendingSort>('spentOn', 'descending')
  const countyWide = () => user()?.role === 'ADMIN' || user()?.role === 'LEADER'
  const units = createRead(SpendingUnitsQuery, { pause: () => !countyWide() })
  const activeUnits = () => (units.data()?.units ?? []).filter((unit) => !unit.retiredAt)
  const read = createRead(SpendingQuery, { variables: () => ({ unitId: unitId(), year: year() }) })
  const unitName = (uuid: string | null) =>
    (uuid ? activeUnits().find((unit) => unit.uuid === uuid)?.name : user()?.unit.name) ?? ''
  const rows = createMemo(() =>
    spendingRows(read.data()?.talentSpendings ?? [], outboxEntries(), {
      unitId: unitId(),
      countyWide: countyWide(),
      year: year(),
      unitName,
    }),
  )
  const shown = createMemo(() => sortSpending(filterSpending(rows(), filter), sorting.sort()))
  // Keyed by uuid, so that a row keeps its open form while the outbox or the list changes around it.
  const byId = createMemo(() => new Map(shown().map((row) => [row.uuid, row])))
  const unsent = () => rows().filter((row) => row.unsynced).length
  // A write of this screen was acknowledged: the server's list and total now hold it.
  createEffect(
    on(
      () => outboxEntries().filter((entry) => isWrite(entry, ...spendingWrites)).length,
      (count, before) => before !== undefined && count < before && read.refetch({ requestPolicy: 'network-only' }),
    ),
  )
  const canWrite = () => writers.has(user()?.role ?? '')
  const canRecord = () => canWrite() && (!countyWide() || unitId() !== null) && year() === thisYear
  const showUnit = () => countyWide() && !unitId()
  const columns = () => 3 + Number(showUnit()) + Number(canWrite())

  return (
    <div class="screen">
      <AppHeader title={t('manager.spending.title')} />
      <main class="content spending">
        <SpendingFilters
          countyWide={countyWide()}
          units={activeUnits()}
          unitId={unitId()}
          onUnit={setUnitId}
          year={year()}
          years={[0, 1, 2, 3].map((back) => thisYear - back)}
          onYear={setYear}
          filter={filter}
          setFilter={setFilter}
        />
        <SavedNote shown={Boolean(read.data())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('manager.spending.loadFailed', { message })} />
        <p class="spending-total" data-testid="spending-total">
          {t('manager.spending.total', { year: year(), amount: read.data()?.talentSpendingTotal ?? '—' })}
          <Show when={unsent()}>{(count) => <> {t('manager.spending.pendingCount', { count: count() })}</>}</Show>
        </p>
        <Show when={isFiltered(filter)}>
          <p class="card-meta" data-testid="spending-filtered">
            {t('manager.spending.filteredTotal', { count: shown().length, amount: spendingSum(shown()) })}
          </p>
        </Show>
        <Show when={(read.data()?.talentSpendings.length ?? 0) >= listLimit}>
          <p class="card-meta">{t('manager.spending.truncated', { count: listLimit })}</p>
        </Show>
        <Show when={canRecord()}>
          <SpendingEntry unitId={countyWide() ? unitId() : null} />
        </Show>
        <table class="office-table" data-testid="spending-list">
          <caption class="card-meta">{t('manager.spending.listCaption')}</caption>
          <thead>
            <tr>
              <SortHeader sorting={sorting} column="spentOn" label={t('manager.spending.spentOn')} first="descending" />
              <Show when={showUnit()}>
                <th scope="col">{t('manager.spending.unit')}</th>
              </Show>
              <SortHeader sorting={sorting} column="amount" label={t('manager.spending.amount')} first="descending" />
              <th scope="col">{t('manager.spending.purpose')}</th>
              <Show when={canWrite()}>
                <th scope="col">{t('manager.spending.actions')}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={shown().map((row) => row.uuid)}>
              {(uuid) => (
                <Show when={byId().get(uuid)}>
                  {(row) => (
                    <SpendingRowView row={row()} showUnit={showUnit()} canWrite={canWrite()} columns={columns()} />
                  )}
                </Show>
              )}
            </For>
          </tbody>
        </table>
        <Show when={read.data() && !rows().length}>
          <p class="empty">{t('manager.spending.empty')}</p>
        </Show>
        <Show when={rows().length && !shown().length}>
          <p class="empty">{t('manager.spending.noMatch')}</p>
        </Show>
      </main>
    </div>
  )
}
