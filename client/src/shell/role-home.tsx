// `/`: each role's first screen. Leaders and the talent office start from the projects list itself.
import { lazy, Show } from 'solid-js'
import { Navigate } from '@solidjs/router'
import { user } from '../session/session.ts'
import { roleHome } from './nav-items.ts'

const Projects = lazy(() => import('../staff/my-leads.tsx'))

export default function RoleHome() {
  const home = () => {
    const role = user()?.role
    return role ? roleHome[role] : null
  }
  return (
    <Show when={home()} fallback={<Projects />}>
      {(href) => <Navigate href={href()} />}
    </Show>
  )
}
