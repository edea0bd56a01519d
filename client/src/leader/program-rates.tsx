// 人才工程申报入选率: the year's submitted applications and their outcomes, by program and by filing unit; on a
// unit's drill-down, that unit's own by program. A rate with nothing decided yet shows —, not 0 %.
import { For, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { createStatisticsRead } from './statistics-live.tsx'
import { percent } from './format.ts'
import { ProgramSuccessRatesQuery } from './statistics-queries.ts'
import { StatSection, TableBox, unitName } from './stat-section.tsx'

interface Outcome {
  submitted: number
  selected: number
  rejected: number
  pending: number
  successRate: number | null
}
const figures = ['submitted', 'selected', 'rejected', 'pending'] as const

function OutcomeTable(props: { section: string; label: string; head: string; rows: (Outcome & { name: string })[] }) {
  return (
    <TableBox section={props.section} label={props.label}>
      <table class="leader-table" data-testid="program-rates">
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            <For each={figures}>{(figure) => <th scope="col">{t(`leader.stats.${figure}`)}</th>}</For>
            <th scope="col">{t('leader.stats.successRate')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <th scope="row">{row.name}</th>
                <For each={figures}>{(figure) => <td class="num">{row[figure]}</td>}</For>
                <td class="num strong">{percent(row.successRate)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </TableBox>
  )
}

export function ProgramRates(props: { year: number; unitId?: string }) {
  const read = createStatisticsRead(ProgramSuccessRatesQuery, { variables: () => ({ year: props.year }) })
  const rates = () => read.data()?.programSuccessRates
  const byProgram = () => {
    const shown = rates()
    if (!shown) return []
    const rows = props.unitId
      ? shown.byProgramAndUnit.filter((row) => row.unit?.uuid === props.unitId)
      : [...shown.byProgram, { ...shown.total, program: null }]
    return rows.map((row) => ({ ...row, name: row.program?.name ?? t('leader.stats.total') }))
  }
  const byUnit = () =>
    props.unitId ? [] : [...(rates()?.byUnit ?? [])].map((row) => ({ ...row, name: unitName(row.unit) }))
  return (
    <StatSection
      id="stats-programs"
      title={t('leader.stats.programsTitle')}
      note={t('leader.stats.programsNote')}
      read={read}
    >
      <OutcomeTable
        section="stats-programs"
        label={t('leader.stats.programsByProgram')}
        head={t('leader.stats.program')}
        rows={byProgram()}
      />
      <Show when={byUnit().length}>
        <OutcomeTable
          section="stats-programs"
          label={t('leader.stats.programsByUnit')}
          head={t('leader.report.unit')}
          rows={byUnit()}
        />
      </Show>
    </StatSection>
  )
}
