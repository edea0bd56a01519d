import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const Pipeline = lazy(() => import('./pipeline.tsx'))
const Overdue = lazy(() => import('./overdue.tsx'))
const Owner = lazy(() => import('./owner.tsx'))
const NewRequest = lazy(() => import('./new-request.tsx'))
const Spending = lazy(() => import('./spending.tsx'))
// 申报与活动 (programs/): the unit's program applications and service events, also the talent office's.
const Applications = lazy(() => import('./programs/applications.tsx'))
const NewApplication = lazy(() => import('./programs/new-application.tsx'))
const Events = lazy(() => import('./programs/events.tsx'))
const EventDetail = lazy(() => import('./programs/event-detail.tsx'))

/** The park manager's screens (the unit's head reads the same); each is a lazy chunk. */
export function ManagerRoutes() {
  return (
    <>
      <Route path="/pipeline" component={Pipeline} />
      <Route path="/overdue" component={Overdue} />
      <Route path="/projects/:id/owner" component={Owner} />
      <Route path="/projects/:id/requests/new" component={NewRequest} />
      <Route path="/spending" component={Spending} />
      <Route path="/applications" component={Applications} />
      <Route path="/applications/new" component={NewApplication} />
      <Route path="/events" component={Events} />
      <Route path="/events/:id" component={EventDetail} />
    </>
  )
}
