// 线索来源: where this year's projects came from: leads logged, signed and landed by source channel, by
// industry, by the lead talent's class, and (for the county) by unit; one grouping at a time, a small bar
// chart of the leads above the table that holds every number.
import { createMemo, createSignal, For, Show } from 'solid-js'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { sourceLabel } from '../labels.ts'
import { Chart } from './chart.tsx'
import { createStatisticsRead } from './statistics-live.tsx'
import { num } from './format.ts'
import { PipelineSourcesQuery } from './statistics-queries.ts'
import { StatSection, TableBox } from './stat-section.tsx'

type Breakdown = ResultOf<typeof PipelineSourcesQuery>['pipelineBreakdown']
type Grouping = 'channel' | 'industry' | 'talentClass' | 'unit'
interface Row {
  name: string
  logged: number
  signed: number
  landed: number
}

function rowsOf(breakdown: Breakdown, grouping: Grouping): Row[] {
  const figures = ({ logged, signed, landed }: Omit<Row, 'name'>) => ({ logged, signed, landed })
  switch (grouping) {
    case 'channel':
      return breakdown.bySourceChannel.map((group) => ({
        name: group.sourceChannel ? sourceLabel(group.sourceChannel) : t('leader.stats.unfilled'),
        ...figures(group),
      }))
    case 'industry':
      return breakdown.byIndustry.map((group) => ({
        name: group.industry ?? t('leader.stats.unfilled'),
        ...figures(group),
      }))
    case 'talentClass':
      return breakdown.byTalentClass.map((group) => ({
        name: t(`leader.talentClass.${group.talentClass ?? 'NONE'}`),
        ...figures(group),
      }))
    case 'unit':
      return breakdown.byUnit.map((group) => ({ name: group.unit?.name ?? '—', ...figures(group) }))
  }
}

export function Sources(props: { year: number; unitId?: string }) {
  const read = createStatisticsRead(PipelineSourcesQuery, {
    variables: () => ({ year: props.year, unitId: props.unitId }),
  })
  const [grouping, setGrouping] = createSignal<Grouping>('channel')
  const groupings = (): Grouping[] =>
    props.unitId ? ['channel', 'industry', 'talentClass'] : ['channel', 'industry', 'talentClass', 'unit']
  const breakdown = () => read.data()?.pipelineBreakdown
  const rows = createMemo(() => {
    const shown = breakdown()
    return shown ? [...rowsOf(shown, grouping())].sort((a, b) => b.logged - a.logged) : []
  })
  const label = () =>
    `${t('leader.stats.sourcesChart', { grouping: t(`leader.stats.by.${grouping()}`) })}：${rows()
      .map((row) => `${row.name} ${num(row.logged)}`)
      .join('，')}`
  const option = createMemo(() => ({
    grid: { left: 8, right: 32, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows().map((row) => row.name),
      axisLabel: { width: 96, overflow: 'truncate' },
    },
    series: [
      {
        name: t('leader.series.logged'),
        type: 'bar',
        data: rows().map((row) => row.logged),
        itemStyle: { color: '#0f5fa8' },
        label: { show: true, position: 'right' },
      },
    ],
  }))
  return (
    <StatSection id="stats-sources" title={t('leader.stats.sources')} read={read}>
      <Show when={breakdown()}>
        {(shown) => (
          <>
            <p class="card-meta">
              {t('leader.dashboard.trendsTotal', {
                logged: num(shown().total.logged),
                signed: num(shown().total.signed),
                landed: num(shown().total.landed),
              })}
            </p>
            {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not form fields; a <fieldset>
                would bring its border and min-content width into the flex row. */}
            <div class="segmented" role="group" aria-label={t('leader.stats.grouping')}>
              <For each={groupings()}>
                {(candidate) => (
                  <button type="button" aria-pressed={grouping() === candidate} onClick={() => setGrouping(candidate)}>
                    {t(`leader.stats.by.${candidate}`)}
                  </button>
                )}
              </For>
            </div>
            <Chart
              option={option()}
              label={label()}
              height={Math.max(120, rows().length * 26 + 16)}
              testId="sources-chart"
            />
            <TableBox section="stats-sources">
              <table class="leader-table" data-testid="sources">
                <thead>
                  <tr>
                    <th scope="col">{t(`leader.stats.by.${grouping()}`)}</th>
                    <th scope="col">{t('leader.series.logged')}</th>
                    <th scope="col">{t('leader.series.signed')}</th>
                    <th scope="col">{t('leader.series.landed')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={rows()}>
                    {(row) => (
                      <tr
                        data-testid="source-row"
                        classList={{ 'row-muted': row.logged + row.signed + row.landed === 0 }}
                      >
                        <th scope="row">{row.name}</th>
                        <td class="num strong">{num(row.logged)}</td>
                        <td class="num">{num(row.signed)}</td>
                        <td class="num">{num(row.landed)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </TableBox>
          </>
        )}
      </Show>
    </StatSection>
  )
}
