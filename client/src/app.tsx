import { lazy, Match, Switch, type ParentProps } from 'solid-js'
import { Navigate, Route, Router } from '@solidjs/router'
import { Provider } from '@urql/solid'
import { client } from './urql/client.ts'
import { user } from './session/session.ts'
import { createSessionQuery } from './session/session-query.ts'
import { ReloadPrompt } from './pwa/reload-prompt.tsx'
import { t } from './i18n/index.ts'
import { StaffRoutes } from './staff/routes.tsx'
import { ManagerRoutes } from './manager/routes.tsx'
import { DepartmentRoutes } from './department/routes.tsx'
import { SyncRoutes } from './sync/routes.tsx'

const Login = lazy(() => import('./routes/login.tsx'))
const Projects = lazy(() => import('./routes/projects.tsx'))
const NewLead = lazy(() => import('./routes/new-lead.tsx'))

function Splash() {
  return <p class="splash">{t('common.loading')}</p>
}

/** Staff screens: wait for the session to be known, and send the signed-out to the login screen. */
function SignedIn(props: ParentProps) {
  return (
    <Switch>
      <Match when={user() === undefined}>
        <Splash />
      </Match>
      <Match when={user() === null}>
        <Navigate href="/login" />
      </Match>
      <Match when={user()}>{props.children}</Match>
    </Switch>
  )
}

function Session(props: ParentProps) {
  createSessionQuery()
  return props.children
}

export function App() {
  return (
    <Provider value={client}>
      <Session>
        <Router>
          <Route path="/login" component={Login} />
          <Route path="/" component={SignedIn}>
            <Route path="/" component={Projects} />
            <Route path="/leads/new" component={NewLead} />
            <StaffRoutes />
            <ManagerRoutes />
            <DepartmentRoutes />
            <SyncRoutes />
          </Route>
          <Route path="*" component={() => <Navigate href="/" />} />
        </Router>
        <ReloadPrompt />
      </Session>
    </Provider>
  )
}
