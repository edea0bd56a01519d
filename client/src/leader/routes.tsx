import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const LeaderArea = lazy(() => import('./area.tsx'))

/** 考核看板 and the issued reports, for leaders, the talent office and units' heads: one lazy area (area.tsx). */
export function LeaderRoutes() {
  return <Route path={['/dashboard/*', '/reports/*']} component={LeaderArea} />
}
