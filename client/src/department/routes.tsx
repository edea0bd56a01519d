import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const Requests = lazy(() => import('./requests.tsx'))
const RequestDetail = lazy(() => import('./request-detail.tsx'))

/** 落地服务诉求, for every role (the server scopes the list); department staff start here. */
export function DepartmentRoutes() {
  return (
    <>
      <Route path="/requests" component={Requests} />
      <Route path="/requests/:id" component={RequestDetail} />
    </>
  )
}
