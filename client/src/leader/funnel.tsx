// 项目漏斗: of the projects logged this year, how many reached each stage, how many of them went on to the
// next, and the median days it took; lost projects keep the stage they reached.
import { createMemo, For, Show } from 'solid-js'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { stageLabel } from '../labels.ts'
import { Chart } from './chart.tsx'
import { num, percent } from './format.ts'
import type { PipelineFunnelQuery } from './queries.ts'

type FunnelStage = ResultOf<typeof PipelineFunnelQuery>['pipelineFunnel'][number]

export function Funnel(props: { stages: FunnelStage[]; scope: string }) {
  const label = () => {
    const stages = props.stages.map((stage) => `${stageLabel(stage.stage)} ${stage.reached}`)
    return `${t('leader.dashboard.funnel')}：${stages.join('，')}`
  }
  const option = createMemo(() => ({
    tooltip: { trigger: 'item' },
    series: [
      {
        name: t('leader.series.reached'),
        type: 'funnel',
        sort: 'none',
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        minSize: '12%',
        label: { position: 'inside', formatter: '{b} {c}' },
        data: props.stages.map((stage) => ({ name: stageLabel(stage.stage), value: stage.reached })),
      },
    ],
  }))
  return (
    <section class="leader-section" aria-labelledby="funnel-title">
      <h2 id="funnel-title" class="section-title">
        {t('leader.dashboard.funnel')}
      </h2>
      <p class="card-meta">{props.scope}</p>
      <Show when={props.stages.length > 0}>
        <Chart option={option()} label={label()} height={240} testId="funnel-chart" />
      </Show>
      <section class="table-scroll" aria-labelledby="funnel-title" tabindex="0">
        <table class="leader-table" data-testid="funnel">
          <thead>
            <tr>
              <th scope="col">{t('leader.funnel.stage')}</th>
              <th scope="col">{t('leader.series.reached')}</th>
              <th scope="col">{t('leader.funnel.conversionHeader')}</th>
              <th scope="col">{t('leader.funnel.medianHeader')}</th>
              <th scope="col">{t('leader.funnel.lostHeader')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.stages}>
              {(stage) => (
                <tr data-testid="funnel-row" data-stage={stage.stage}>
                  <th scope="row">{stageLabel(stage.stage)}</th>
                  <td class="num">{stage.reached}</td>
                  <td class="num">{percent(stage.conversionToNext)}</td>
                  <td class="num">{num(stage.medianDaysToNext)}</td>
                  <td class="num">{stage.lost}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </section>
  )
}
