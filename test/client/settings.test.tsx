// 我的设置: choosing English changes the screen at once, tells the server, and is remembered on the phone so
// that the next start paints in English (offline too); a choice made on another phone follows the account.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library'
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router'
import { Provider } from '@urql/solid'
import { fixtureClient } from './staff-harness.tsx'
import SettingsRoute from '../../client/src/account/settings.tsx'
import { followAccountLocale } from '../../client/src/account/locale-sync.ts'
import { changeLocale, locale } from '../../client/src/i18n/index.ts'
import { setUser } from '../../client/src/session/session.ts'
import { leader } from './leader-fixtures.ts'

type Sent = { operationName: string; variables: { input: { clientMutationId: string; locale: string } } }

function serveSetMyLocale() {
  const sent: { body: Sent; language: string | null }[] = []
  vi.stubGlobal('fetch', async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Sent
    sent.push({ body, language: new Headers(init?.headers).get('accept-language') })
    const reply = { data: { setMyLocale: { __typename: 'User', id: leader.id, locale: body.variables.input.locale } } }
    return new Response(JSON.stringify(reply), { headers: { 'content-type': 'application/json' } })
  })
  return sent
}

const bellClient = fixtureClient({
  UnreadNotices: () => ({ unreadNoticeCount: 0, notices: { __typename: 'NoticeConnection', edges: [] } }),
})

function renderSettings() {
  const history = createMemoryHistory()
  history.set({ value: '/settings', scroll: false, replace: true })
  render(() => (
    // The header's bell reads its own client: answered here, never through the fetch this test watches.
    <MemoryRouter history={history} root={(props) => <Provider value={bellClient}>{props.children}</Provider>}>
      <Route path="/settings" component={SettingsRoute} />
    </MemoryRouter>
  ))
}

beforeEach(() => {
  window.scrollTo = () => {}
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true })
  setUser(leader)
})
afterEach(async () => {
  cleanup()
  vi.unstubAllGlobals()
  await changeLocale('zh-CN')
  localStorage.clear()
})

describe('the language switch', () => {
  it('turns the screen English, tells the server, and the next start is English', async () => {
    const sent = serveSetMyLocale()
    renderSettings()
    expect(await screen.findByRole('heading', { name: '我的设置' })).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: 'English' }))

    expect(await screen.findByRole('heading', { name: 'My settings' })).toBeTruthy()
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved')
    expect(screen.getByRole('radio', { name: 'English' })).toHaveProperty('checked', true)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.body.operationName).toBe('SetMyLocale')
    expect(sent[0]!.body.variables.input).toMatchObject({ locale: 'en', clientMutationId: expect.any(String) })
    expect(sent[0]!.language).toBe('en')
    expect(document.documentElement.lang).toBe('en')

    // A reload: the app's modules start again from zh-CN and read the phone's copy before the first paint.
    vi.resetModules()
    const reloaded = await import('../../client/src/i18n/index.ts')
    expect(reloaded.locale()).toBe('zh-CN')
    await reloaded.restoreSavedLocale()
    expect(reloaded.locale()).toBe('en')
    expect(reloaded.t('settings.title')).toBe('My settings')
  })

  it('keeps a choice made offline on the phone and sends it when the server answers again', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
    window.dispatchEvent(new Event('offline'))
    const sent = serveSetMyLocale()
    renderSettings()
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }))
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Offline: this phone uses the language now; choose it again once connected to save it',
    )
    expect(locale()).toBe('en')
    expect(sent).toHaveLength(0)

    // Back online, the account still says zh-CN: the phone's unsaved choice is sent, not undone.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true })
    window.dispatchEvent(new Event('online'))
    followAccountLocale('zh-CN')
    await vi.waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0]!.body.variables.input.locale).toBe('en')
    expect(locale()).toBe('en')
  })

  it('follows a choice made on another phone', async () => {
    followAccountLocale('en')
    await vi.waitFor(() => expect(locale()).toBe('en'))
    expect(localStorage.getItem('tp.locale')).toBe('en')
  })
})
