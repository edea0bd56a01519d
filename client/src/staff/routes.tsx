import { lazy } from 'solid-js'
import { Route } from '@solidjs/router'

const Today = lazy(() => import('./today.tsx'))
const ProjectDetail = lazy(() => import('./project-detail.tsx'))
const FollowUp = lazy(() => import('./follow-up.tsx'))
const Stage = lazy(() => import('./stage.tsx'))
const EditProject = lazy(() => import('./edit-project.tsx'))

/** The signed-in routes of this area; each screen is a lazy chunk. "My leads" is `/` (see app.tsx). */
export function StaffRoutes() {
  return (
    <>
      <Route path="/today" component={Today} />
      <Route path="/projects/:id" component={ProjectDetail} />
      <Route path="/projects/:id/follow-up" component={FollowUp} />
      <Route path="/projects/:id/stage" component={Stage} />
      <Route path="/projects/:id/edit" component={EditProject} />
    </>
  )
}
