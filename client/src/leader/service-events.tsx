// 人才活动: the talent office's and the units' events for talents this year: how many were held, how many
// times talents came, and how many talents (each once); by organising unit and by month.
import { For, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { createStatisticsRead } from './statistics-live.tsx'
import { ServiceEventStatisticsQuery } from './statistics-queries.ts'
import { StatSection, TableBox } from './stat-section.tsx'

const figures = ['events', 'attendances', 'talents'] as const

export function ServiceEvents(props: { year: number; unitId?: string }) {
  const read = createStatisticsRead(ServiceEventStatisticsQuery, {
    variables: () => ({ year: props.year, unitId: props.unitId }),
  })
  const stats = () => read.data()?.serviceEventStatistics
  const units = () => [...(stats()?.byUnit ?? [])].sort((a, b) => b.attendances - a.attendances)
  const monthName = (month: number | null | undefined) => t('leader.trends.month', { month: month ?? '' })
  return (
    <StatSection id="stats-events" title={t('leader.stats.eventsTitle')} read={read}>
      <Show when={stats()}>
        {(shown) => (
          <>
            <p class="card-meta" data-testid="events-total">
              {t('leader.stats.eventsTotal', {
                events: shown().total.events,
                attendances: shown().total.attendances,
                talents: shown().total.talents,
              })}
            </p>
            <Show when={units().length > 1}>
              <TableBox section="stats-events" label={t('leader.stats.eventsByUnit')}>
                <table class="leader-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('leader.stats.organiser')}</th>
                      <For each={figures}>{(figure) => <th scope="col">{t(`leader.stats.${figure}`)}</th>}</For>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={units()}>
                      {(row) => (
                        <tr>
                          <th scope="row">{row.unit?.name ?? '—'}</th>
                          <For each={figures}>{(figure) => <td class="num">{row[figure]}</td>}</For>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </TableBox>
            </Show>
            <TableBox section="stats-events" label={t('leader.stats.eventsByMonth')}>
              <table class="leader-table" data-testid="events-months">
                <thead>
                  <tr>
                    <td />
                    <For each={shown().byMonth}>{(month) => <th scope="col">{monthName(month.month)}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={figures}>
                    {(figure) => (
                      <tr>
                        <th scope="row">{t(`leader.stats.${figure}`)}</th>
                        <For each={shown().byMonth}>{(month) => <td class="num">{month[figure]}</td>}</For>
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
