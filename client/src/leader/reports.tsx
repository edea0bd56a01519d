// /reports: the year's issued 月报、季督、半年过堂 and 通报, newest first; the talent office issues new ones here.
import { For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { user } from '../session/session.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { countyDate } from '../staff/dates.ts'
import { createRead } from './data.ts'
import { ReportsQuery } from './queries.ts'
import { createYear, YearPicker } from './year-picker.tsx'
import { OfflineNote, ScreenState } from './screen-state.tsx'
import { IssueReport } from './issue-report.tsx'
import './leader.css'

export default function ReportsRoute() {
  const { year, setYear } = createYear()
  const read = createRead(ReportsQuery, { variables: () => ({ year: year() }) })
  const reports = () => read.data()?.reports ?? []
  return (
    <div class="screen">
      <AppHeader title={t('leader.reports.title')} />
      <main class="content leader" data-testid="reports-screen">
        <div class="leader-toolbar">
          <YearPicker year={year()} onChange={setYear} />
        </div>
        <Show when={user()?.role === 'ADMIN'}>
          <IssueReport year={year()} />
        </Show>
        <OfflineNote shown={Boolean(read.data())} />
        <ScreenState read={read}>
          <Show
            when={reports().length > 0}
            fallback={<p class="empty">{t('leader.reports.empty', { year: year() })}</p>}
          >
            <ul class="cards" data-testid="report-list">
              <For each={reports()}>
                {(report) => (
                  <li class="card" data-testid="report-card">
                    <A class="card-link" href={`/reports/${report.uuid}`}>
                      <span class="card-head">
                        <span class="card-title">{report.title}</span>
                        <span class="stage">{t(`leader.reports.kind.${report.kind}`)}</span>
                      </span>
                      <span class="card-meta">
                        {t('leader.reports.edition', { edition: report.edition })} ·{' '}
                        {t('leader.reports.issuedBy', { date: countyDate(report.issuedAt), name: report.issuedByName })}
                      </span>
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </ScreenState>
      </main>
    </div>
  )
}
