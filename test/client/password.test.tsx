// 修改密码 checks the new password on the phone before asking the server, with the server's rule, and says why
// in the reader's language: English for someone who chose it, Chinese otherwise. Nothing is sent until it passes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library'
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router'
import { Provider } from '@urql/solid'
import { fixtureClient } from './staff-harness.tsx'
import PasswordRoute from '../../client/src/account/password.tsx'
import { changeLocale } from '../../client/src/i18n/index.ts'
import { setUser } from '../../client/src/session/session.ts'
import { leader } from './leader-fixtures.ts'

const bellClient = fixtureClient({
  UnreadNotices: () => ({ unreadNoticeCount: 0, notices: { __typename: 'NoticeConnection', edges: [] } }),
})

function renderPassword() {
  const history = createMemoryHistory()
  history.set({ value: '/password', scroll: false, replace: true })
  render(() => (
    // The header's bell reads its own client: answered here, never through the fetch this test watches.
    <MemoryRouter history={history} root={(props) => <Provider value={bellClient}>{props.children}</Provider>}>
      <Route path="/password" component={PasswordRoute} />
    </MemoryRouter>
  ))
}

/** Fills the form in and sends it; the refusal the screen shows, if any. */
async function attempt(labels: { current: string; next: string; again: string }, next: string, again = next) {
  fireEvent.input(await screen.findByLabelText(labels.current), { target: { value: 'old-password-1' } })
  fireEvent.input(screen.getByLabelText(labels.next), { target: { value: next } })
  fireEvent.input(screen.getByLabelText(labels.again), { target: { value: again } })
  fireEvent.submit(screen.getByLabelText(labels.next).closest('form')!)
  return (await screen.findByRole('alert')).textContent
}

let fetch: ReturnType<typeof vi.fn>
beforeEach(() => {
  window.scrollTo = () => {}
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true })
  setUser({ ...leader, login: 'leader', mustChangePassword: false })
  fetch = vi.fn()
  vi.stubGlobal('fetch', fetch)
})
afterEach(async () => {
  cleanup()
  vi.unstubAllGlobals()
  await changeLocale('zh-CN')
  localStorage.clear()
})

describe('the new password, checked on the phone', () => {
  const english = { current: 'Current password', next: 'New password', again: 'New password again' }

  it('says what is wrong in English to someone who chose English, and sends nothing', async () => {
    await changeLocale('en')
    renderPassword()
    expect(await attempt(english, 'short1')).toBe('A password needs at least 10 characters')
    expect(await attempt(english, 'onlyletters')).toBe('A password must contain both letters and digits')
    expect(await attempt(english, 'my-leader-2026')).toBe('A password may not contain your account name')
    expect(await attempt(english, `${'x'.repeat(127)}12`)).toBe('A password may have at most 128 characters')
    expect(await attempt(english, 'good-password-7', 'good-password-8')).toBe('The two new passwords differ')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('says it in Chinese otherwise, with the same rule as the server', async () => {
    renderPassword()
    const chinese = { current: '当前密码', next: '新密码', again: '再次输入新密码' }
    expect(await attempt(chinese, 'short1')).toBe('密码至少 10 位')
    expect(await attempt(chinese, 'onlyletters')).toBe('密码须同时包含字母和数字')
    expect(fetch).not.toHaveBeenCalled()
  })
})
