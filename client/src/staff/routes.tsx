import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'
import { useClient } from '@urql/solid'

const Today = lazy(() => import('./today.tsx'))

/** Today's list is asked for while the screen's code and the session load, not after (today.tsx). */
function preloadToday() {
  const client = useClient()
  void import('./today.tsx').then((screen) => screen.prefetchToday(client))
}
const ProjectDetail = lazy(() => import('./project-detail.tsx'))
const FollowUp = lazy(() => import('./follow-up.tsx'))
const EditFollowUp = lazy(() => import('./edit-follow-up.tsx'))
const Stage = lazy(() => import('./stage.tsx'))
const EditProject = lazy(() => import('./edit-project.tsx'))
const NewProject = lazy(() => import('./new-project.tsx'))

/** The signed-in routes of this area; each screen is a lazy chunk. "My leads" is `/` (see app.tsx). */
export function StaffRoutes() {
  return (
    <>
      <Route path="/today" component={Today} preload={preloadToday} />
      <Route path="/projects/:id" component={ProjectDetail} />
      <Route path="/projects/:id/follow-up" component={FollowUp} />
      <Route path="/projects/:id/follow-ups/:activityId/edit" component={EditFollowUp} />
      <Route path="/projects/:id/stage" component={Stage} />
      <Route path="/projects/:id/edit" component={EditProject} />
      <Route path="/talents/:id/new-project" component={NewProject} />
    </>
  )
}
