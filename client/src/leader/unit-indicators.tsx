// A unit's indicators as a table: target, actual, completion, score, bonus and last year's actual at the same
// day. Each actual is a link to the records behind it; a lagging row says so in words, not only in colour.
import { For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { num, percent } from './format.ts'
import type { IndicatorScore } from './data.ts'
import { yearQuery } from './year-picker.tsx'

export function UnitIndicators(props: { indicators: IndicatorScore[]; unitUuid: string; year: number }) {
  const href = (indicator: IndicatorScore) =>
    `/dashboard/units/${props.unitUuid}/indicators/${indicator.indicatorUuid}${yearQuery(props.year)}`
  return (
    <section class="table-scroll" aria-labelledby="unit-indicators-title" tabindex="0">
      <table class="leader-table" data-testid="unit-indicators">
        <thead>
          <tr>
            <th scope="col">{t('leader.unit.indicator')}</th>
            <th scope="col">{t('leader.unit.target')}</th>
            <th scope="col">{t('leader.unit.actual')}</th>
            <th scope="col">{t('leader.unit.completion')}</th>
            <th scope="col">{t('leader.unit.score')}</th>
            <th scope="col">{t('leader.unit.bonus')}</th>
            <th scope="col">{t('leader.unit.lastYear')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.indicators}>
            {(indicator) => (
              <tr
                data-testid="indicator-row"
                data-code={indicator.code}
                classList={{ 'row-lagging': indicator.lagging, 'row-muted': !indicator.assessed }}
              >
                <th scope="row">
                  <span class="indicator-name">{indicator.name}</span>
                  <span class="cell-note">{t('leader.unit.weight', { weight: num(indicator.weight) })}</span>
                  <Show when={indicator.assessed && indicator.lagging}>
                    <span class="tag tag-lagging">{t('leader.unit.laggingShort')}</span>
                  </Show>
                </th>
                <td class="num">{indicator.assessed ? num(indicator.target) : t('leader.unit.notAssessed')}</td>
                <td class="num">
                  <A
                    class="cell-link number-link"
                    href={href(indicator)}
                    aria-label={t('leader.unit.actualLink', {
                      indicator: indicator.name,
                      actual: num(indicator.actual),
                    })}
                  >
                    {num(indicator.actual)}
                  </A>
                </td>
                <td class="num">{indicator.assessed ? percent(indicator.completion) : '—'}</td>
                <td class="num">{num(indicator.score)}</td>
                <td class="num">{num(indicator.bonus)}</td>
                <td class="num">{num(indicator.actualLastYear)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  )
}
