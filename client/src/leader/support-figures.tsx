// 服务诉求: the support requests raised this year by category (the total first): where they stand, the
// median hours to resolve one and the talents' average satisfaction (1–5).
import { For } from 'solid-js'
import { t } from '../i18n/index.ts'
import { createStatisticsRead } from './statistics-live.tsx'
import { num } from './format.ts'
import { SupportStatisticsQuery } from './statistics-queries.ts'
import { StatSection, TableBox } from './stat-section.tsx'

const states = ['open', 'assigned', 'inProgress', 'resolvedNow', 'closed', 'rejected'] as const
const stateStatus = {
  open: 'OPEN',
  assigned: 'ASSIGNED',
  inProgress: 'IN_PROGRESS',
  resolvedNow: 'RESOLVED',
  closed: 'CLOSED',
  rejected: 'REJECTED',
} as const

export function SupportFigures(props: { year: number; unitId?: string }) {
  const read = createStatisticsRead(SupportStatisticsQuery, {
    variables: () => ({ year: props.year, unitId: props.unitId }),
  })
  // The categories with requests, most first; the total last. Categories nobody asked for are left out.
  const rows = () => {
    const all = read.data()?.supportRequestStatistics ?? []
    const categories = all.filter((row) => row.category && row.total > 0).sort((a, b) => b.total - a.total)
    return [...categories, ...all.filter((row) => !row.category)]
  }
  return (
    <StatSection id="stats-support" title={t('leader.stats.support')} note={t('leader.stats.supportNote')} read={read}>
      <TableBox section="stats-support">
        <table class="leader-table">
          <thead>
            <tr>
              <th scope="col">{t('leader.stats.category')}</th>
              <th scope="col">{t('leader.stats.requests')}</th>
              <For each={states}>
                {(state) => <th scope="col">{t(`staff.supportStatus.${stateStatus[state]}`)}</th>}
              </For>
              <th scope="col">{t('leader.stats.medianHours')}</th>
              <th scope="col">{t('leader.stats.satisfaction')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr
                  data-testid="support-row"
                  data-category={row.category ?? 'total'}
                  classList={{ 'row-total': !row.category }}
                >
                  <th scope="row">
                    {row.category ? t(`staff.supportCategory.${row.category}`) : t('leader.stats.total')}
                  </th>
                  <td class="num strong">{row.total}</td>
                  <For each={states}>{(state) => <td class="num">{row[state]}</td>}</For>
                  <td class="num">{num(row.medianResolutionHours)}</td>
                  <td class="num">
                    {row.averageSatisfaction === null
                      ? '—'
                      : t('leader.stats.satisfactionValue', { value: num(row.averageSatisfaction), rated: row.rated })}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableBox>
    </StatSection>
  )
}
