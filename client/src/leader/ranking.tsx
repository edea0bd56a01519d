// 排名: the units by total score, overall or within one kind (parks with parks, towns with towns), with the
// parts of the total and last year's total at the same day (纵向比). A unit's name opens its indicators.
import { createMemo, createSignal, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { num, percent, unitKindLabel, unitKinds, type UnitKind } from './format.ts'
import { unitCompletion, type UnitScore } from './data.ts'
import { yearQuery } from './year-picker.tsx'

export function Ranking(props: { units: UnitScore[]; year: number; mine?: string }) {
  const [kind, setKind] = createSignal<UnitKind | null>(null)
  const kindsPresent = createMemo(() =>
    unitKinds.filter((candidate) => props.units.some((unit) => unit.unit.kind === candidate)),
  )
  const rows = createMemo(() => {
    const chosen = kind()
    const shown = chosen ? props.units.filter((unit) => unit.unit.kind === chosen) : props.units
    const rank = (unit: UnitScore) => (chosen ? unit.rankInKind : unit.rankOverall)
    return [...shown].sort((a, b) => rank(a) - rank(b)).map((unit) => ({ unit, rank: rank(unit) }))
  })
  return (
    <section class="leader-section" aria-labelledby="ranking-title">
      <h2 id="ranking-title" class="section-title">
        {t('leader.dashboard.ranking')}
      </h2>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not form fields; a <fieldset> would
          bring its border and min-content width into the flex row. */}
      <div class="segmented" role="group" aria-label={t('leader.dashboard.kindFilter')}>
        <button type="button" aria-pressed={kind() === null} onClick={() => setKind(null)}>
          {t('leader.dashboard.allKinds')}
        </button>
        <For each={kindsPresent()}>
          {(candidate) => (
            <button type="button" aria-pressed={kind() === candidate} onClick={() => setKind(candidate)}>
              {unitKindLabel(candidate)}
            </button>
          )}
        </For>
      </div>
      <section class="table-scroll" aria-labelledby="ranking-title" tabindex="0">
        <table class="leader-table" data-testid="ranking">
          <thead>
            <tr>
              <th scope="col">{t('leader.report.rank')}</th>
              <th scope="col">{t('leader.report.unit')}</th>
              <th scope="col">{t('leader.rank.total')}</th>
              <th scope="col">{t('leader.unit.score')}</th>
              <th scope="col">{t('leader.unit.bonus')}</th>
              <th scope="col">{t('leader.report.classBonus')}</th>
              <th scope="col">{t('leader.rank.completion')}</th>
              <th scope="col">{t('leader.unit.lastYear')}</th>
              <th scope="col">{t('leader.rank.laggingHeader')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr
                  data-testid="ranking-row"
                  data-unit={row.unit.unit.uuid}
                  classList={{ 'row-mine': row.unit.unit.uuid === props.mine }}
                >
                  <td class="num">{row.rank}</td>
                  <th scope="row">
                    <A class="cell-link" href={`/dashboard/units/${row.unit.unit.uuid}${yearQuery(props.year)}`}>
                      {row.unit.unit.name}
                    </A>
                    <Show when={row.unit.unit.uuid === props.mine}>
                      <span class="tag tag-mine">{t('leader.rank.mine')}</span>
                    </Show>
                  </th>
                  <td class="num strong">{num(row.unit.total)}</td>
                  <td class="num">{num(row.unit.scoreTotal)}</td>
                  <td class="num">{num(row.unit.bonusTotal)}</td>
                  <td class="num">{num(row.unit.classBonus)}</td>
                  <td class="num">{percent(unitCompletion(row.unit))}</td>
                  <td class="num">{num(row.unit.totalLastYear)}</td>
                  <td class="num" classList={{ bad: row.unit.laggingCount > 0 }}>
                    {row.unit.laggingCount}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </section>
  )
}
