import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const Requests = lazy(() => import('./requests.tsx'))
const RequestDetail = lazy(() => import('./request-detail.tsx'))
const Escalated = lazy(() => import('./escalated.tsx'))

/**
 * 落地服务诉求, for every role (the server scopes the list); department staff start here. /escalated is the
 * 督办 list: the office's tile, and the requests list's notice for a unit a request escalated to.
 */
export function DepartmentRoutes() {
  return (
    <>
      <Route path="/requests" component={Requests} />
      <Route path="/requests/:id" component={RequestDetail} />
      <Route path="/escalated" component={Escalated} />
    </>
  )
}
