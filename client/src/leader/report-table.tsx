// An issued report's table as it was issued: units by rank, each indicator's actual/target with the
// completion under it (and this period's change), the totals and the overdue counts. Scrolls sideways on a
// phone; prints whole (leader.css, @media print).
import { For, Show } from 'solid-js'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { num, percent } from './format.ts'
import type { ReportQuery } from './queries.ts'

type Report = Extract<NonNullable<ResultOf<typeof ReportQuery>['node']>, { snapshot: unknown }>
export type Snapshot = Report['snapshot']

export function ReportTable(props: { snapshot: Snapshot; caption: string }) {
  const units = () => [...props.snapshot.units].sort((a, b) => a.rankOverall - b.rankOverall)
  const cellOf = (unit: Snapshot['units'][number], code: string) => unit.cells.find((cell) => cell.code === code)
  return (
    <section class="table-scroll report-scroll" aria-label={props.caption} tabindex="0">
      <table class="leader-table report-table" data-testid="report-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leader.report.rank')}</th>
            <th scope="col">{t('leader.report.unit')}</th>
            <th scope="col">{t('leader.report.total')}</th>
            <th scope="col">{t('leader.report.score')}</th>
            <th scope="col">{t('leader.report.bonus')}</th>
            <th scope="col">{t('leader.report.classBonus')}</th>
            <For each={props.snapshot.indicators}>
              {(indicator) => (
                <th scope="col" class="indicator-head">
                  {indicator.name}
                  <span class="cell-note">{t('leader.unit.weight', { weight: num(indicator.weight) })}</span>
                </th>
              )}
            </For>
            <th scope="col">{t('leader.report.overdueFollowUps')}</th>
            <th scope="col">{t('leader.report.overdueRequests')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={units()}>
            {(unit) => (
              <tr data-testid="report-row" data-unit={unit.unitUuid}>
                <td class="num">{unit.rankOverall}</td>
                <th scope="row">{unit.unitName}</th>
                <td class="num strong">{num(unit.total)}</td>
                <td class="num">{num(unit.scoreTotal)}</td>
                <td class="num">{num(unit.bonusTotal)}</td>
                <td class="num">{num(unit.classBonus)}</td>
                <For each={props.snapshot.indicators}>
                  {(indicator) => {
                    const cell = () => cellOf(unit, indicator.code)
                    return (
                      <td class="num" classList={{ 'cell-lagging': cell()?.lagging ?? false }}>
                        <Show
                          when={cell()?.assessed}
                          fallback={<span class="cell-note">{t('leader.unit.notAssessed')}</span>}
                        >
                          {t('leader.report.cell', { actual: num(cell()!.actual), target: num(cell()!.target) })}
                          <span class="cell-note">{percent(cell()!.completion)}</span>
                          <Show when={cell()!.change}>
                            {(change) => (
                              <span class="cell-note">{t('leader.report.change', { change: num(change()) })}</span>
                            )}
                          </Show>
                        </Show>
                      </td>
                    )
                  }}
                </For>
                <td class="num">{unit.overdueFollowUps}</td>
                <td class="num">{unit.overdueSupportRequests}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  )
}
