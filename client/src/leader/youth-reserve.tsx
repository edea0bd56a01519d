// 青年人才储备: the under-35 talents in each unit's program applications this year (the assessment's count;
// in the county's total a talent counts once), and how many of them were selected.
import { For } from 'solid-js'
import { t } from '../i18n/index.ts'
import { createStatisticsRead } from './statistics-live.tsx'
import { YouthReserveQuery } from './statistics-queries.ts'
import { StatSection, TableBox, unitName, unitRowsWithTotal } from './stat-section.tsx'

export function YouthReserve(props: { year: number; unitId?: string }) {
  const read = createStatisticsRead(YouthReserveQuery, {
    variables: () => ({ year: props.year, unitId: props.unitId }),
  })
  const rows = () => unitRowsWithTotal(read.data()?.youthReserve ?? [], (row) => row.talents)
  return (
    <StatSection id="stats-youth" title={t('leader.stats.youth')} note={t('leader.stats.youthNote')} read={read}>
      <TableBox section="stats-youth">
        <table class="leader-table">
          <thead>
            <tr>
              <th scope="col">{t('leader.report.unit')}</th>
              <th scope="col">{t('leader.stats.youthTalents')}</th>
              <th scope="col">{t('leader.stats.youthSelected')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr data-testid="youth-row" classList={{ 'row-total': !row.unit }}>
                  <th scope="row">{unitName(row.unit)}</th>
                  <td class="num strong">{row.talents}</td>
                  <td class="num">{row.selected}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableBox>
    </StatSection>
  )
}
