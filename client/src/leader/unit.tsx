// /dashboard/units/:unitId (area.tsx; `mine`: the user's own unit): one unit's assessment, indicator by indicator, from
// the same cached scores as the dashboard; tap an actual to see the records behind it. Below it the statistics
// screen's sections narrowed to the unit, its staff's work among them.
import { createMemo, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { user } from '../session/session.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { BackLink } from '../staff/back-link.tsx'
import { createScores, unitUuidOf, type UnitScore } from './data.ts'
import { num, percent, unitKindLabel } from './format.ts'
import { createYear, YearPicker, yearQuery } from './year-picker.tsx'
import { OfflineNote, ScreenState } from './screen-state.tsx'
import { Chart } from './chart.tsx'
import { unitChartOption, unitChartRowHeight } from './unit-chart.ts'
import { UnitIndicators } from './unit-indicators.tsx'
import { StatisticsSections } from './statistics-sections.tsx'
import './leader.css'

export default function UnitRoute(params: { unitId: string }) {
  const { year, setYear } = createYear()
  const read = createScores(year)
  const unitUuid = () => unitUuidOf(params.unitId, user()?.unit.id)
  const unit = createMemo(() => read.scores()?.units.find((candidate) => candidate.unit.uuid === unitUuid()) ?? null)

  return (
    <div class="screen">
      <AppHeader title={unit()?.unit.name ?? t('leader.unit.title')} />
      <main class="content leader" data-testid="unit-screen">
        <div class="leader-toolbar">
          <BackLink fallback={`/dashboard${yearQuery(year())}`} />
          <YearPicker year={year()} onChange={setYear} />
        </div>
        <OfflineNote shown={Boolean(read.data())} />
        <ScreenState read={read}>
          <Show
            when={unit()}
            fallback={
              <p class="empty">
                {read.scores() ? t('leader.unit.notFound') : t('leader.dashboard.noScheme', { year: year() })}
              </p>
            }
          >
            {(shown) => <UnitBody unit={shown()} elapsedShare={read.scores()!.elapsedShare} year={year()} />}
          </Show>
        </ScreenState>
        <Show when={unitUuid()}>{(uuid) => <StatisticsSections year={year()} unitId={uuid()} />}</Show>
      </main>
    </div>
  )
}

function UnitBody(props: { unit: UnitScore; elapsedShare: number; year: number }) {
  const assessed = () => props.unit.indicators.filter((indicator) => indicator.assessed)
  const label = () =>
    `${t('leader.unit.chart')}：${assessed()
      .map((indicator) => `${indicator.name} ${percent(indicator.completion)}`)
      .join('，')}；${t('leader.series.elapsed')} ${percent(props.elapsedShare)}`
  const option = createMemo(() => unitChartOption(assessed(), props.elapsedShare))
  return (
    <>
      <section class="leader-section unit-summary" data-testid="unit-summary">
        <p class="unit-total">
          {t('leader.unit.summary', {
            total: num(props.unit.total),
            rank: t('leader.rank.overall', { rank: props.unit.rankOverall }),
          })}
        </p>
        <p class="card-meta">
          {t('leader.rank.inKind', { kind: unitKindLabel(props.unit.unit.kind), rank: props.unit.rankInKind })} ·{' '}
          {t('leader.rank.score', { value: num(props.unit.scoreTotal) })} ·{' '}
          {t('leader.rank.bonus', { value: num(props.unit.bonusTotal) })} ·{' '}
          {t('leader.rank.classBonus', { value: num(props.unit.classBonus) })}
        </p>
        <Show when={props.unit.totalLastYear !== null}>
          <p class="card-meta">{t('leader.rank.lastYear', { value: num(props.unit.totalLastYear) })}</p>
        </Show>
        <p class="card-meta">
          {props.unit.laggingCount > 0
            ? t('leader.rank.lagging', { count: props.unit.laggingCount })
            : t('leader.rank.noLagging')}
        </p>
      </section>
      <section class="leader-section" aria-labelledby="unit-indicators-title">
        <h2 id="unit-indicators-title" class="section-title">
          {t('leader.unit.title')}
        </h2>
        <p class="card-meta">{t('leader.unit.tapHint')}</p>
        <Chart
          option={option()}
          label={label()}
          height={Math.max(160, assessed().length * unitChartRowHeight + 40)}
          testId="unit-chart"
        />
        <UnitIndicators indicators={props.unit.indicators} unitUuid={props.unit.unit.uuid} year={props.year} />
      </section>
      <A class="button button-block" href={`/reports${yearQuery(props.year)}`}>
        {t('leader.reports.title')}
      </A>
      {/* A unit's manager and head export their own unit's ledger; their bottom bar has no room for it. */}
      <Show
        when={
          (user()?.role === 'PARK_MANAGER' || user()?.role === 'UNIT_LEADER') && user()?.unit.id === props.unit.unit.id
        }
      >
        <A class="button button-block" href="/ledger">
          {t('leader.unit.ledger')}
        </A>
      </Show>
    </>
  )
}
