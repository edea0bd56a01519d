// /dashboard: 考核看板 for county leaders, the talent office and units' heads: each unit's completion, the
// ranking, who lags behind the year, the funnel and the months. Everything opens offline once seen.
import { Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { user } from '../session/session.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { countyDate } from '../staff/dates.ts'
import { createPipeline, createScores, unitUuidOf } from './data.ts'
import { percent } from './format.ts'
import { createYear, YearPicker, yearQuery } from './year-picker.tsx'
import { OfflineNote, ScreenState } from './screen-state.tsx'
import { ScoreChart } from './score-chart.tsx'
import { Ranking } from './ranking.tsx'
import { Lagging } from './lagging.tsx'
import { Funnel } from './funnel.tsx'
import { Trends } from './trends.tsx'
import './leader.css'

export default function Dashboard() {
  const { year, setYear } = createYear()
  const read = createScores(year)
  const pipeline = createPipeline(year)
  const ownUnit = () =>
    user()?.role === 'UNIT_LEADER' || user()?.role === 'PARK_MANAGER'
      ? (unitUuidOf('mine', user()?.unit.id) ?? undefined)
      : undefined

  return (
    <div class="screen">
      <AppHeader title={t('leader.dashboard.title')} />
      <main class="content leader" data-testid="dashboard">
        <div class="leader-toolbar">
          <YearPicker year={year()} onChange={setYear} />
          <Show when={ownUnit()}>
            <A class="button button-small" href={`/dashboard/units/mine${yearQuery(year())}`}>
              {t('leader.dashboard.myUnit')}
            </A>
          </Show>
          <A
            class="button button-small"
            href={`/dashboard/statistics${yearQuery(year())}`}
            data-testid="statistics-link"
          >
            {t('leader.stats.title')}
          </A>
          <A class="button button-small" href={`/reports${yearQuery(year())}`}>
            {t('leader.reports.title')}
          </A>
        </div>
        <OfflineNote shown={Boolean(read.data())} />
        <ScreenState read={read}>
          <Show when={read.scores()} fallback={<p class="empty">{t('leader.dashboard.noScheme', { year: year() })}</p>}>
            {(scores) => (
              <>
                <p class="card-meta" data-testid="as-of">
                  {t('leader.dashboard.asOf', {
                    date: countyDate(scores().asOf),
                    share: percent(scores().elapsedShare),
                  })}
                </p>
                <ScoreChart units={scores().units} elapsedShare={scores().elapsedShare} year={year()} />
                <Ranking units={scores().units} year={year()} mine={ownUnit()} />
                <Lagging units={scores().units} elapsedShare={scores().elapsedShare} year={year()} />
              </>
            )}
          </Show>
        </ScreenState>
        <Show when={pipeline.funnel().length > 0}>
          <Funnel
            stages={pipeline.funnel()}
            scope={t(ownUnit() ? 'leader.dashboard.funnelScopeUnit' : 'leader.dashboard.funnelScopeCounty', {
              year: year(),
            })}
          />
        </Show>
        <Show when={pipeline.trends()}>{(breakdown) => <Trends breakdown={breakdown()} />}</Show>
      </main>
    </div>
  )
}
