// 人才工程: of the talents in program applications each year, the share from enterprises beside education and
// health (the speech warns the enterprise share is falling behind); a line per sector over five years, the
// same numbers in the table beside it and in the chart's label.
import { createMemo, For, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { Chart } from './chart.tsx'
import { createStatisticsRead } from './statistics-live.tsx'
import { percent } from './format.ts'
import { TraineeSectorsQuery } from './statistics-queries.ts'
import { StatSection, TableBox } from './stat-section.tsx'

const shares = ['enterpriseShare', 'educationShare', 'healthShare'] as const
const colours = { enterpriseShare: '#c0362c', educationShare: '#0f5fa8', healthShare: '#1a7f4b' }
const toPercent = (share: number | null | undefined) =>
  share === null || share === undefined ? null : Math.round(share * 1000) / 10

export function TraineeSectors(props: { year: number; unitId?: string }) {
  const read = createStatisticsRead(TraineeSectorsQuery, {
    variables: () => ({ year: props.year, unitId: props.unitId }),
  })
  const years = () => [...(read.data()?.programTraineeSectors ?? [])].sort((a, b) => a.year - b.year)
  const yearName = (year: number) => t('leader.yearOption', { year })
  const label = () =>
    `${t('leader.stats.traineesChart')}：${shares
      .map(
        (share) =>
          `${t(`leader.stats.${share}`)} ${years()
            .map((year) => `${yearName(year.year)} ${percent(year[share])}`)
            .join('、')}`,
      )
      .join('；')}`
  const option = createMemo(() => ({
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (value: number | null) => (value === null ? '—' : `${value}%`) },
    legend: { top: 0 },
    xAxis: { type: 'category', data: years().map((year) => yearName(year.year)) },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
    series: shares.map((share) => ({
      name: t(`leader.stats.${share}`),
      type: 'line',
      connectNulls: true,
      data: years().map((year) => toPercent(year[share])),
      itemStyle: { color: colours[share] },
      lineStyle: { width: share === 'enterpriseShare' ? 3 : 2 },
    })),
  }))
  return (
    <StatSection
      id="stats-trainees"
      title={t('leader.stats.trainees')}
      note={t('leader.stats.traineesNote')}
      read={read}
    >
      <Show when={years().length > 0} fallback={<p class="empty">{t('leader.stats.none')}</p>}>
        <div class="stat-pair">
          <Chart option={option()} label={label()} height={220} testId="trainees-chart" />
          <TableBox section="stats-trainees">
            <table class="leader-table" data-testid="trainees">
              <thead>
                <tr>
                  <th scope="col">{t('leader.year')}</th>
                  <th scope="col">{t('leader.stats.traineeCount')}</th>
                  <th scope="col">{t('leader.stats.selectedCount')}</th>
                  <For each={shares}>{(share) => <th scope="col">{t(`leader.stats.${share}`)}</th>}</For>
                </tr>
              </thead>
              <tbody>
                <For each={years()}>
                  {(year) => (
                    <tr data-testid="trainee-row" data-year={year.year}>
                      <th scope="row">{yearName(year.year)}</th>
                      <td class="num">{year.trainees}</td>
                      <td class="num">{year.selected}</td>
                      <For each={shares}>
                        {(share) => (
                          <td class="num" classList={{ strong: share === 'enterpriseShare' }}>
                            {percent(year[share])}
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableBox>
        </div>
      </Show>
    </StatSection>
  )
}
