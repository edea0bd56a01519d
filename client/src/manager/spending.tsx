// /spending: 人才投入, what the unit spent on talent work this year and its total (the TALENT_INVESTMENT
// indicator's actual). A unit's manager or head records their own unit's spending, offline too: the record
// waits in the outbox, listed as 未同步, and the list asks the server again once it is acknowledged. The
// office picks the unit (or reads the whole county); county leaders read.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js'
import { graphql } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote } from '../shell/read-state.tsx'
import { countyToday } from '../staff/dates.ts'
import { SpendingEntry } from './spending-entry.tsx'
import { pendingSpending } from './spending-form.ts'
import './manager.css'

const SpendingQuery = graphql(`
  query UnitSpending($unitId: String, $year: Int) {
    talentSpendings(unitId: $unitId, year: $year) { id uuid spentOn amount purpose unit { id name } }
    talentSpendingTotal(unitId: $unitId, year: $year)
  }
`)

const SpendingUnitsQuery = graphql(`
  query SpendingUnits {
    units(kind: [PARK, TOWN]) { id uuid name retiredAt }
  }
`)

const writers = new Set(['PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'])

export default function SpendingRoute() {
  const thisYear = Number(countyToday().slice(0, 4))
  const [year, setYear] = createSignal(thisYear)
  const [unitId, setUnitId] = createSignal<string | null>(null)
  const countyWide = () => user()?.role === 'ADMIN' || user()?.role === 'LEADER'
  const units = createRead(SpendingUnitsQuery, { pause: () => !countyWide() })
  const read = createRead(SpendingQuery, { variables: () => ({ unitId: unitId(), year: year() }) })
  const pending = createMemo(() => pendingSpending(outboxEntries(), unitId()))
  // A record of this screen was acknowledged: the server's list and total now hold it.
  createEffect(
    on(
      () => pendingSpending(outboxEntries(), unitId()).length,
      (count, before) => before !== undefined && count < before && read.refetch({ requestPolicy: 'network-only' }),
    ),
  )
  const canWrite = () => writers.has(user()?.role ?? '') && (!countyWide() || unitId() !== null)

  return (
    <div class="screen">
      <AppHeader title={t('manager.spending.title')} />
      <main class="content spending">
        <div class="office-filters">
          <Show when={countyWide()}>
            <label for="spending-unit">{t('manager.spending.unit')}</label>
            <select
              id="spending-unit"
              value={unitId() ?? ''}
              onChange={(e) => setUnitId(e.currentTarget.value || null)}
            >
              <option value="">{t('manager.spending.county')}</option>
              <For each={(units.data()?.units ?? []).filter((unit) => !unit.retiredAt)}>
                {(unit) => <option value={unit.uuid}>{unit.name}</option>}
              </For>
            </select>
          </Show>
          <label for="spending-year">{t('manager.spending.year')}</label>
          <select id="spending-year" value={year()} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            <For each={[0, 1, 2, 3].map((back) => thisYear - back)}>{(y) => <option value={y}>{y}</option>}</For>
          </select>
        </div>
        <SavedNote shown={Boolean(read.data())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('manager.spending.loadFailed', { message })} />
        <p class="spending-total" data-testid="spending-total">
          {t('manager.spending.total', { year: year(), amount: read.data()?.talentSpendingTotal ?? '—' })}
          <Show when={pending().length}>
            {(count) => <> {t('manager.spending.pendingCount', { count: count() })}</>}
          </Show>
        </p>
        <Show when={canWrite() && year() === thisYear}>
          <SpendingEntry unitId={countyWide() ? unitId() : null} />
        </Show>
        <table class="office-table" data-testid="spending-list">
          <caption class="card-meta">{t('manager.spending.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.spending.spentOn')}</th>
              <Show when={countyWide() && !unitId()}>
                <th scope="col">{t('manager.spending.unit')}</th>
              </Show>
              <th scope="col">{t('manager.spending.amount')}</th>
              <th scope="col">{t('manager.spending.purpose')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={pending()}>
              {(row) => (
                <tr class="card-pending">
                  <td>{row.spentOn}</td>
                  <td>{t('manager.spending.amountValue', { amount: row.amount })}</td>
                  <td>
                    {row.purpose} <span class="muted">{t('manager.spending.pending')}</span>
                  </td>
                </tr>
              )}
            </For>
            <For each={read.data()?.talentSpendings ?? []}>
              {(row) => (
                <tr>
                  <td>{String(row.spentOn)}</td>
                  <Show when={countyWide() && !unitId()}>
                    <td>{row.unit.name}</td>
                  </Show>
                  <td>{t('manager.spending.amountValue', { amount: String(row.amount) })}</td>
                  <td>{row.purpose}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={read.data() && !read.data()?.talentSpendings.length && !pending().length}>
          <p class="empty">{t('manager.spending.empty')}</p>
        </Show>
      </main>
    </div>
  )
}
