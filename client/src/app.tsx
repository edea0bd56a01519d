import { lazy, Match, Switch, type ParentProps } from 'solid-js'
import { Navigate, Route, Router } from '@solidjs/router'
import { Provider } from '@urql/solid'
import { client } from './urql/client.ts'
import { user } from './session/session.ts'
import { createSessionQuery } from './session/session-query.ts'
import { DeferredReloadPrompt } from './pwa/deferred-reload-prompt.tsx'
import { t } from './i18n/index.ts'
import { StaffRoutes } from './staff/routes.tsx'
import { ManagerRoutes } from './manager/routes.tsx'
import { DepartmentRoutes } from './department/routes.tsx'
import { SyncRoutes } from './sync/routes.tsx'
import { BottomNav } from './sync/bottom-nav.tsx'
import { InAppBrowserNotice } from './sync/in-app-notice.tsx'
import { keepStorageOnceSignedIn } from './pwa/persist.ts'

const Login = lazy(() => import('./routes/login.tsx'))
const RoleHome = lazy(() => import('./sync/role-home.tsx'))
const Projects = lazy(() => import('./staff/my-leads.tsx'))
const NewLead = lazy(() => import('./routes/new-lead.tsx'))
const NotFound = lazy(() => import('./sync/not-found.tsx'))

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
      <Match when={user()}>
        <div class="shell">
          {props.children}
          <BottomNav />
        </div>
      </Match>
    </Switch>
  )
}

function Session(props: ParentProps) {
  createSessionQuery()
  keepStorageOnceSignedIn()
  return props.children
}

export function App() {
  return (
    <Provider value={client}>
      <Session>
        <InAppBrowserNotice />
        <Router>
          <Route path="/login" component={Login} />
          <Route path="/" component={SignedIn}>
            <Route path="/" component={RoleHome} />
            <Route path="/projects" component={Projects} />
            <Route path="/leads/new" component={NewLead} />
            <StaffRoutes />
            <ManagerRoutes />
            <DepartmentRoutes />
            <SyncRoutes />
            <Route path="*404" component={NotFound} />
          </Route>
        </Router>
        <DeferredReloadPrompt />
      </Session>
    </Provider>
  )
}
