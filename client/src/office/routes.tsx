import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const Workspace = lazy(() => import('./workspace.tsx'))
const People = lazy(() => import('./people.tsx'))
const Programs = lazy(() => import('./programs/programs.tsx'))

/** The talent office's screens (ADMIN); each is a lazy chunk, its words the lazy `office` area. */
export function OfficeRoutes() {
  return (
    <>
      <Route path="/office" component={Workspace} />
      <Route path="/people" component={People} />
      <Route path="/programs" component={Programs} />
    </>
  )
}
