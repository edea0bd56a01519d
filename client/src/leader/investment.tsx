// 投资: of the projects landed this year (credited as the assessment credits them), the investment agreed at
// signing and the registered capital of the companies, in 万元, per unit and for the county.
import { For } from 'solid-js'
import { t } from '../i18n/index.ts'
import { createStatisticsRead } from './statistics-live.tsx'
import { num } from './format.ts'
import { LandedInvestmentQuery } from './statistics-queries.ts'
import { StatSection, TableBox, unitName, unitRowsWithTotal } from './stat-section.tsx'

export function Investment(props: { year: number; unitId?: string }) {
  const read = createStatisticsRead(LandedInvestmentQuery, {
    variables: () => ({ year: props.year, unitId: props.unitId }),
  })
  const rows = () => unitRowsWithTotal(read.data()?.landedInvestment ?? [], (row) => row.investmentAgreed)
  return (
    <StatSection
      id="stats-investment"
      title={t('leader.stats.investment')}
      note={t('leader.stats.investmentNote')}
      read={read}
    >
      <TableBox section="stats-investment">
        <table class="leader-table">
          <thead>
            <tr>
              <th scope="col">{t('leader.report.unit')}</th>
              <th scope="col">{t('leader.stats.landed')}</th>
              <th scope="col">{t('leader.stats.investmentAgreed')}</th>
              <th scope="col">{t('leader.stats.registeredCapital')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr
                  data-testid="investment-row"
                  data-unit={row.unit?.uuid ?? 'total'}
                  classList={{ 'row-total': !row.unit }}
                >
                  <th scope="row">{unitName(row.unit)}</th>
                  <td class="num">{num(row.landed)}</td>
                  <td class="num strong">{num(row.investmentAgreed)}</td>
                  <td class="num">{num(row.registeredCapital)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableBox>
    </StatSection>
  )
}
