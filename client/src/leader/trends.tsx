// 按月趋势: leads logged, projects signed and landed in each month of the year (credited as the assessment
// credits them); the table under the chart has the same numbers, months across.
import { createMemo, For } from 'solid-js'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { Chart } from './chart.tsx'
import { num } from './format.ts'
import type { PipelineTrendsQuery } from './queries.ts'

type Breakdown = ResultOf<typeof PipelineTrendsQuery>['pipelineBreakdown']
const series = ['logged', 'signed', 'landed'] as const
const colours = { logged: '#0f5fa8', signed: '#e08a00', landed: '#1a7f4b' }

export function Trends(props: { breakdown: Breakdown }) {
  const months = () => props.breakdown.byMonth
  const monthName = (month: number | null | undefined) => t('leader.trends.month', { month: month ?? '' })
  const label = () =>
    `${t('leader.dashboard.trends')}：${series
      .map(
        (name) =>
          `${t(`leader.series.${name}`)} ${months()
            .map((month) => num(month[name]))
            .join('、')}`,
      )
      .join('；')}`
  const option = createMemo(() => ({
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: months().map((month) => monthName(month.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((name) => ({
      name: t(`leader.series.${name}`),
      type: 'line',
      data: months().map((month) => month[name]),
      itemStyle: { color: colours[name] },
    })),
  }))
  return (
    <section class="leader-section" aria-labelledby="trends-title">
      <h2 id="trends-title" class="section-title">
        {t('leader.dashboard.trends')}
      </h2>
      <p class="card-meta" data-testid="trends-total">
        {t('leader.dashboard.trendsTotal', {
          logged: num(props.breakdown.total.logged),
          signed: num(props.breakdown.total.signed),
          landed: num(props.breakdown.total.landed),
        })}
      </p>
      <Chart option={option()} label={label()} height={220} testId="trends-chart" />
      <section class="table-scroll" aria-labelledby="trends-title" tabindex="0">
        <table class="leader-table" data-testid="trends">
          <thead>
            <tr>
              <td />
              <For each={months()}>{(month) => <th scope="col">{monthName(month.month)}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={series}>
              {(name) => (
                <tr>
                  <th scope="row">{t(`leader.series.${name}`)}</th>
                  <For each={months()}>{(month) => <td class="num">{num(month[name])}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </section>
  )
}
