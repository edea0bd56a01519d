import { createEffect, createResource, createRoot, lazy, Match, on, Show, Switch, type ParentProps } from 'solid-js'
import { Navigate, Route, Router, useLocation } from '@solidjs/router'
import { Provider } from '@urql/solid'
import { client } from './urql/client.ts'
import { user, type SessionUser } from './session/session.ts'
import { createSessionQuery } from './session/session-query.ts'
import { loginLockEvents } from './session/lock-events.ts'
import { DeferredReloadPrompt } from './pwa/deferred-reload-prompt.tsx'
import { loadAllMessages } from './i18n/index.ts'
import { StaffRoutes } from './staff/routes.tsx'
import { ManagerRoutes } from './manager/routes.tsx'
import { DepartmentRoutes } from './department/routes.tsx'
import { SyncRoutes } from './sync/routes.tsx'
import { LeaderRoutes } from './leader/routes.tsx'
// 工作台 (office/): the talent office's screens, its words a lazy area of their own.
import { OfficeRoutes } from './office/routes.tsx'
import { BottomNav } from './shell/bottom-nav.tsx'
import { Splash } from './shell/read-state.tsx'
import { ScreenErrorBoundary } from './shell/screen-error.tsx'
import { keepStorageOnceSignedIn } from './pwa/persist.ts'
import { needsOfflineNotice } from './pwa/offline-ready.ts'
import { inAppBrowser } from './pwa/in-app-browser.ts'
// Shared beyond the sync screens (section titles, dialogs): stays in the first stylesheet, not with the notice.
import './sync/sync.css'

const Login = lazy(() => import('./routes/login.tsx'))
const RoleHome = lazy(() => import('./shell/role-home.tsx'))
const Projects = lazy(() => import('./staff/my-leads.tsx'))
const NewLead = lazy(() => import('./routes/new-lead.tsx'))
// 台账 export and import (ledger/): one screen, its words a lazy area of their own.
const Ledger = lazy(() => import('./ledger/ledger.tsx'))
const Password = lazy(() => import('./account/password.tsx'))
// 我的设置 (language, the way to 修改密码): its words a lazy area of their own.
const Settings = lazy(() => import('./account/settings.tsx'))
const NotificationSettings = lazy(() => import('./account/notification-settings.tsx'))
const NotFound = lazy(() => import('./shell/not-found.tsx'))
// Shown after a sign-in only when someone else locked the account out: most sign-ins load none of it.
const LoginLockNotice = lazy(() =>
  import('./session/lock-notice.tsx').then((module) => ({ default: module.LoginLockNotice })),
)
const InAppBrowserNotice = lazy(() =>
  import('./shell/in-app-notice.tsx').then((module) => ({ default: module.InAppBrowserNotice })),
)

/**
 * Everyone but staff starts in the manager's and department's screens: their words load before the shell.
 * Staff start on screens that need none of them, and load them at their first tap, ahead of the next screen.
 */
function wordsFor(role: SessionUser['role']): true | Promise<unknown> {
  if (role !== 'STAFF') return loadAllMessages()
  for (const first of ['pointerdown', 'keydown'])
    window.addEventListener(first, () => void loadAllMessages().catch(() => {}), { once: true, capture: true })
  return true
}

/**
 * Signed-in screens: wait for the session (and its role's words), send the signed-out to the login screen, and
 * someone still holding a one-time password to the screen that changes it (the server refuses all else).
 */
function SignedIn(props: ParentProps) {
  const [words] = createResource(() => user()?.role, wordsFor)
  const location = useLocation()
  return (
    <Switch>
      <Match when={user() === undefined || words.loading}>
        <Splash />
      </Match>
      <Match when={user() === null}>
        <Navigate href="/login" />
      </Match>
      <Match when={user()?.mustChangePassword && location.pathname !== '/password'}>
        <Navigate href="/password" />
      </Match>
      <Match when={user()}>
        <div class="shell">
          <Show when={loginLockEvents().length > 0}>
            <LoginLockNotice />
          </Show>
          <ScreenErrorBoundary>{props.children}</ScreenErrorBoundary>
          <Show when={!user()?.mustChangePassword}>
            <BottomNav />
          </Show>
        </div>
      </Match>
    </Switch>
  )
}

function Session(props: ParentProps) {
  createSessionQuery()
  keepStorageOnceSignedIn()
  keepWorkingSetOnceSignedIn()
  return props.children
}

/** The working set's refresher loads after sign-in, not with the first screen (working-set/background.ts). */
function keepWorkingSetOnceSignedIn() {
  let started = false
  createEffect(
    on(
      () => user()?.id,
      (id) => {
        if (!id || started) return
        started = true
        void import('./working-set/background.ts').then((module) =>
          createRoot(() => module.keepWorkingSetOnceSignedIn()),
        )
      },
    ),
  )
}

export function App() {
  return (
    <Provider value={client}>
      <Session>
        <Show when={needsOfflineNotice(inAppBrowser)}>
          <InAppBrowserNotice />
        </Show>
        <Router root={ScreenErrorBoundary}>
          <Route path="/login" component={Login} />
          <Route path="/" component={SignedIn}>
            <Route path="/" component={RoleHome} />
            <Route path="/projects" component={Projects} />
            <Route path="/leads/new" component={NewLead} />
            <StaffRoutes />
            <ManagerRoutes />
            <DepartmentRoutes />
            <SyncRoutes />
            <LeaderRoutes />
            <Route path="/ledger" component={Ledger} />
            <Route path="/password" component={Password} />
            <Route path="/settings" component={Settings} />
            <Route path="/settings/notifications" component={NotificationSettings} />
            <OfficeRoutes />
            <Route path="*404" component={NotFound} />
          </Route>
        </Router>
        <DeferredReloadPrompt />
      </Session>
    </Provider>
  )
}
