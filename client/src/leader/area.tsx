// The leader screens behind two routes (/dashboard/*, /reports/*): the paths below them are matched here, in
// the area's own chunk, so that the app's first chunk (every phone's, staff's too) carries two routes and one
// chunk list for all of them. The dashboard comes with this chunk (it is leaders' first screen); the others
// load on first use.
import { lazy, Match, Switch } from 'solid-js'
import { useLocation } from '@solidjs/router'
import Dashboard from './dashboard.tsx'

const Statistics = lazy(() => import('./statistics.tsx'))
const Unit = lazy(() => import('./unit.tsx'))
const Indicator = lazy(() => import('./indicator.tsx'))
const Reports = lazy(() => import('./reports.tsx'))
const Report = lazy(() => import('./report.tsx'))
const NotFound = lazy(() => import('../shell/not-found.tsx'))

const part = '([^/]+)'
const patterns = {
  dashboard: /^\/dashboard\/?$/,
  statistics: /^\/dashboard\/statistics\/?$/,
  unit: new RegExp(`^/dashboard/units/${part}/?$`),
  indicator: new RegExp(`^/dashboard/units/${part}/indicators/${part}/?$`),
  reports: /^\/reports\/?$/,
  report: new RegExp(`^/reports/${part}/?$`),
}

export default function LeaderArea() {
  const location = useLocation()
  const match = (pattern: RegExp) => pattern.exec(location.pathname)?.map(decodeURIComponent) ?? null
  return (
    <Switch fallback={<NotFound />}>
      <Match when={match(patterns.dashboard)}>
        <Dashboard />
      </Match>
      <Match when={match(patterns.statistics)}>
        <Statistics />
      </Match>
      <Match when={match(patterns.unit)}>{(found) => <Unit unitId={found()[1]!} />}</Match>
      <Match when={match(patterns.indicator)}>
        {(found) => <Indicator unitId={found()[1]!} indicatorId={found()[2]!} />}
      </Match>
      <Match when={match(patterns.reports)}>
        <Reports />
      </Match>
      <Match when={match(patterns.report)}>{(found) => <Report id={found()[1]!} />}</Match>
    </Switch>
  )
}
