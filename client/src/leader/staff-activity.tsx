// 人员履职: who is recruiting and who is not. Each person's leads logged, follow-ups written, and projects
// signed and landed among those they own this year; whoever wrote no follow-up this year is named above the
// table and marked in it (in words, not only in colour). Names only: no contact data here.
import { createMemo, For, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { countyDate } from '../staff/dates.ts'
import { createStatisticsRead } from './statistics-live.tsx'
import { StaffActivityQuery } from './statistics-queries.ts'
import { StatSection, TableBox } from './stat-section.tsx'

export function StaffActivity(props: { year: number; unitId?: string }) {
  const read = createStatisticsRead(StaffActivityQuery, {
    variables: () => ({ year: props.year, unitId: props.unitId }),
  })
  const people = createMemo(() =>
    [...(read.data()?.staffActivity ?? [])].sort(
      (a, b) => b.followUps - a.followUps || b.leads - a.leads || a.name.localeCompare(b.name, 'zh-CN'),
    ),
  )
  const idle = () => people().filter((person) => person.followUps === 0)
  const manyUnits = () => new Set(people().map((person) => person.unit.uuid)).size > 1
  return (
    <StatSection id="stats-staff" title={t('leader.stats.staff')} note={t('leader.stats.staffNote')} read={read}>
      <Show when={people().length > 0} fallback={<p class="empty">{t('leader.stats.none')}</p>}>
        <p class="card-meta" classList={{ bad: idle().length > 0 }} data-testid="staff-idle">
          {idle().length > 0
            ? t('leader.stats.idle', {
                count: idle().length,
                names: idle()
                  .map((person) => person.name)
                  .join('、'),
              })
            : t('leader.stats.noIdle')}
        </p>
        <TableBox section="stats-staff">
          <table class="leader-table">
            <thead>
              <tr>
                <th scope="col">{t('leader.stats.person')}</th>
                <Show when={manyUnits()}>
                  <th scope="col">{t('leader.report.unit')}</th>
                </Show>
                <th scope="col">{t('leader.stats.leads')}</th>
                <th scope="col">{t('leader.stats.followUps')}</th>
                <th scope="col">{t('leader.series.signed')}</th>
                <th scope="col">{t('leader.series.landed')}</th>
                <th scope="col">{t('leader.stats.lastFollowUp')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={people()}>
                {(person) => (
                  <tr
                    data-testid="staff-row"
                    data-idle={person.followUps === 0 ? 'true' : undefined}
                    classList={{ 'row-idle': person.followUps === 0, 'row-muted': !person.active }}
                  >
                    <th scope="row">
                      {person.name}
                      <span class="cell-note">
                        {t(`leader.role.${person.role}`)}
                        {person.active ? '' : ` · ${t('leader.stats.inactive')}`}
                      </span>
                      <Show when={person.followUps === 0}>
                        <span class="tag tag-lagging">{t('leader.stats.idleTag')}</span>
                      </Show>
                    </th>
                    <Show when={manyUnits()}>
                      <td>{person.unit.name}</td>
                    </Show>
                    <td class="num">{person.leads}</td>
                    <td class="num strong" classList={{ bad: person.followUps === 0 }}>
                      {person.followUps}
                    </td>
                    <td class="num">{person.signed}</td>
                    <td class="num">{person.landed}</td>
                    <td class="num">{person.lastFollowUpAt ? countyDate(person.lastFollowUpAt) : '—'}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableBox>
      </Show>
    </StatSection>
  )
}
