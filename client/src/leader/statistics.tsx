// /dashboard/statistics: the year's statistics beyond the scores, for the county (a unit's head sees their
// own unit: the server narrows it). Each section opens offline once seen, like the dashboard.
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { BackLink } from '../staff/back-link.tsx'
import { createYear, YearPicker, yearQuery } from './year-picker.tsx'
import { OfflineNote } from './screen-state.tsx'
import { StatisticsSections } from './statistics-sections.tsx'
import './leader.css'

export default function Statistics() {
  const { year, setYear } = createYear()
  return (
    <div class="screen">
      <AppHeader title={t('leader.stats.title')} />
      <main class="content leader" data-testid="statistics-screen">
        <div class="leader-toolbar">
          <BackLink fallback={`/dashboard${yearQuery(year())}`} />
          <YearPicker year={year()} onChange={setYear} />
        </div>
        <OfflineNote shown />
        <StatisticsSections year={year()} />
      </main>
    </div>
  )
}
