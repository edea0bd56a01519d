// 各单位完成度: each unit's score out of its assessed weight, against the share of the year gone (时间进度).
// A tap on a bar opens that unit.
import { createMemo } from 'solid-js'
import { useNavigate } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { Chart } from './chart.tsx'
import { percent } from './format.ts'
import { unitCompletion, type UnitScore } from './data.ts'
import { yearQuery } from './year-picker.tsx'

export function ScoreChart(props: { units: UnitScore[]; elapsedShare: number; year: number }) {
  const navigate = useNavigate()
  const ordered = createMemo(() => [...props.units].sort((a, b) => a.rankOverall - b.rankOverall))
  const completion = (unit: UnitScore) => Math.round((unitCompletion(unit) ?? 0) * 1000) / 10
  const label = () =>
    `${t('leader.dashboard.scoresChart')}：${ordered()
      .map((unit) => `${unit.unit.name} ${percent(unitCompletion(unit))}`)
      .join('，')}；${t('leader.series.elapsed')} ${percent(props.elapsedShare)}`
  const option = createMemo(() => ({
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => `${value}%` },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: ordered().map((unit) => unit.unit.name) },
    series: [
      {
        name: t('leader.series.completion'),
        type: 'bar',
        data: ordered().map(completion),
        itemStyle: { color: '#0f5fa8' },
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine: {
          symbol: 'none',
          label: { formatter: `${t('leader.series.elapsed')} {c}%` },
          lineStyle: { color: '#c0362c', type: 'dashed' },
          data: [{ xAxis: Math.round(props.elapsedShare * 1000) / 10 }],
        },
      },
    ],
  }))
  return (
    <section class="leader-section" aria-labelledby="scores-title">
      <h2 id="scores-title" class="section-title">
        {t('leader.dashboard.scoresChart')}
      </h2>
      <p class="card-meta">{t('leader.dashboard.scoresChartHint')}</p>
      <Chart
        option={option()}
        label={label()}
        height={Math.max(160, ordered().length * 36 + 40)}
        testId="scores-chart"
        onSelect={(index) => {
          const unit = ordered()[index]
          if (unit) navigate(`/dashboard/units/${unit.unit.uuid}${yearQuery(props.year)}`)
        }}
      />
    </section>
  )
}
