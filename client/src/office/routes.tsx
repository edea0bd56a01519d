import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const Workspace = lazy(() => import('./workspace.tsx'))
const People = lazy(() => import('./people.tsx'))
const AssessmentScheme = lazy(() => import('./assessment/scheme.tsx'))
const AssessmentTargets = lazy(() => import('./assessment/targets.tsx'))
const Disputes = lazy(() => import('./disputes/disputes.tsx'))
const Audit = lazy(() => import('./audit/audit.tsx'))
const Settings = lazy(() => import('./settings/settings.tsx'))
const Deliveries = lazy(() => import('./deliveries/deliveries.tsx'))
const Programs = lazy(() => import('./programs/programs.tsx'))

/** The talent office's screens (ADMIN); each is a lazy chunk, its words the lazy `office` area. */
export function OfficeRoutes() {
  return (
    <>
      <Route path="/office" component={Workspace} />
      <Route path="/people" component={People} />
      <Route path="/office/assessment" component={AssessmentScheme} />
      <Route path="/office/assessment/targets" component={AssessmentTargets} />
      <Route path="/office/disputes" component={Disputes} />
      <Route path="/office/audit" component={Audit} />
      <Route path="/office/settings" component={Settings} />
      <Route path="/office/deliveries" component={Deliveries} />
      <Route path="/programs" component={Programs} />
    </>
  )
}
