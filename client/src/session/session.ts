// Who is signed in: the `me` query (from the saved cache first, then the server), login and logout.
import { createEffect, createRoot, createSignal } from 'solid-js'
import { graphql, readFragment, type ResultOf } from '../graphql.ts'
import { client, clearCache, hydrated } from '../urql/client.ts'
import { errorCode, errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { t } from '../i18n/index.ts'
import { announceLoginLocks } from './lock-events.ts'
import { endPushHere } from '../account/push-end.ts'
import { forgetState as forgetWorkingSet } from '../working-set/state.ts'

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    login
    name
    role
    mustChangePassword
    locale
    unit { id name }
  }
`)

export const MeQuery = graphql(
  `
    query Me {
      me { ...SessionUser }
    }
  `,
  [SessionUserFragment],
)

const LoginMutation = graphql(
  `
    mutation Login($login: String!, $password: String!) {
      login(login: $login, password: $password) {
        ...SessionUser
        loginLocksSinceLastSignIn { lockedAt address failures }
      }
    }
  `,
  [SessionUserFragment],
)

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`)

export type SessionUser = ResultOf<typeof SessionUserFragment>

/** undefined: not known yet; null: signed out. Set by the app shell from the `me` query. */
const [user, setUser] = createSignal<SessionUser | null | undefined>(undefined)
export { user, setUser }

const lastUserKey = 'tp.lastUser'

export type LoginResult = { ok: true } | { ok: false; message: string; code?: string }

/** Resolves once graphcache has loaded its saved copy (see urql/client.ts). */
function untilHydrated(): Promise<void> {
  return new Promise((resolve) =>
    createRoot((dispose) =>
      createEffect(() => {
        if (!hydrated()) return
        dispose()
        resolve()
      }),
    ),
  )
}

export async function login(account: string, password: string): Promise<LoginResult> {
  // The answer names who is signed in, and the app opens offline from it: it must be written after the
  // saved cache has loaded, or the storage drops it (docs/architecture.md, "Reads offline").
  await untilHydrated()
  const result = await client
    .mutation(LoginMutation, { login: account, password }, { requestPolicy: 'network-only' })
    .toPromise()
  if (result.error || !result.data) {
    if (isNetworkFailure(result.error)) return { ok: false, message: t('login.offline') }
    return { ok: false, message: errorMessage(result.error, t('login.failed')), code: errorCode(result.error) }
  }
  const signedIn = readFragment(SessionUserFragment, result.data.login)
  announceLoginLocks(result.data.login.loginLocksSinceLastSignIn)
  const previous = localStorage.getItem(lastUserKey)
  localStorage.setItem(lastUserKey, signedIn.id)
  if (previous && previous !== signedIn.id) {
    // Another person's lists must not show for a moment, nor stay on this phone: start from nothing.
    forgetUserData()
    await endPushHere()
    await clearCache()
    location.replace('/')
    return { ok: true }
  }
  setUser(signedIn)
  return { ok: true }
}

export type LogoutResult = { ok: true } | { ok: false; message: string }

/** Ends the session on the server, then forgets the cached data. Unsynced writes stay, owned by the user. */
export async function logout(): Promise<LogoutResult> {
  const result = await client.mutation(LogoutMutation, {}, { requestPolicy: 'network-only' }).toPromise()
  if (result.error) {
    if (isNetworkFailure(result.error)) return { ok: false, message: t('logout.offline') }
    if (errorCode(result.error) !== 'UNAUTHENTICATED')
      return { ok: false, message: errorMessage(result.error, t('error.unknown')) }
  }
  localStorage.removeItem(lastUserKey)
  forgetUserData()
  await endPushHere()
  await clearCache()
  location.replace('/login')
  return { ok: true }
}

/** What the signed-out user looked for (names, phone numbers) leaves the phone with the cached data. */
function forgetUserData() {
  localStorage.removeItem('tp.recentSearches')
  forgetWorkingSet()
}

/**
 * Tabs and the installed app share one cookie: when another of them signs in as someone else or signs
 * out, this one reloads, so that it never shows one user's data or sends one user's writes as another.
 */
export function followOtherTabs() {
  window.addEventListener('storage', (event) => {
    if (event.key === lastUserKey && event.newValue !== event.oldValue) location.reload()
  })
}
