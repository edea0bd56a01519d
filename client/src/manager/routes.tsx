import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const Pipeline = lazy(() => import('./pipeline.tsx'))
const Overdue = lazy(() => import('./overdue.tsx'))
const Owner = lazy(() => import('./owner.tsx'))
const NewRequest = lazy(() => import('./new-request.tsx'))
const Spending = lazy(() => import('./spending.tsx'))

/** The park manager's screens (the unit's head reads the same); each is a lazy chunk. */
export function ManagerRoutes() {
  return (
    <>
      <Route path="/pipeline" component={Pipeline} />
      <Route path="/overdue" component={Overdue} />
      <Route path="/projects/:id/owner" component={Owner} />
      <Route path="/projects/:id/requests/new" component={NewRequest} />
      <Route path="/spending" component={Spending} />
    </>
  )
}
