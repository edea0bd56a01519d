// The shell: each role's bottom bar and first screen, the chat-app browsers recognised, and the
// browser asked once to keep the phone's storage.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, within } from '@solidjs/testing-library'
import { Route, useLocation } from '@solidjs/router'
import { BottomNav } from '../../client/src/shell/bottom-nav.tsx'
import RoleHome from '../../client/src/shell/role-home.tsx'
import { setUser, type SessionUser } from '../../client/src/session/session.ts'
import { inAppBrowserOf } from '../../client/src/pwa/in-app-browser.ts'
import { requestPersistentStorage } from '../../client/src/pwa/persist.ts'

const person = (role: SessionUser['role']): SessionUser =>
  ({
    __typename: 'User',
    id: `VXNlcjo${role}`,
    login: role.toLowerCase(),
    mustChangePassword: false,
    locale: 'zh-CN',
    name: '测试',
    role,
    unit: { __typename: 'Unit', id: 'VW5pdDox', name: '东部园区' },
  }) as SessionUser

beforeAll(() => {
  window.scrollTo = () => {}
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
})
afterEach(cleanup)

function renderAt(path: string, screenOf: () => unknown = () => <p>屏幕</p>) {
  render(
    () => (
      <Route
        path="/"
        component={(props) =>
          (
            <>
              {props.children}
              <BottomNav />
            </>
          ) as never
        }
      >
        <Route path="/" component={RoleHome} />
        <Route path="*rest" component={screenOf as never} />
      </Route>
    ),
    { location: path },
  )
}

const navLabels = () =>
  within(screen.getByRole('navigation', { name: '主导航' }))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])

describe('the bottom bar', () => {
  it('gives staff their day, their leads, a new lead, search and sync', async () => {
    setUser(person('STAFF'))
    renderAt('/today')
    await screen.findByRole('navigation', { name: '主导航' })
    expect(navLabels()).toEqual([
      ['今日', '/today'],
      ['我的线索', '/projects'],
      ['新线索', '/leads/new'],
      ['搜索', '/search'],
      ['同步', '/sync'],
    ])
  })

  it(
    'gives managers the board, a new lead, the overdue, applications and events, their unit’s assessment and ' +
      'the requests; departments ' +
      'only the requests',
    async () => {
      setUser(person('PARK_MANAGER'))
      renderAt('/pipeline')
      await screen.findByRole('navigation', { name: '主导航' })
      expect(navLabels()).toEqual([
        ['看板', '/pipeline'],
        ['新线索', '/leads/new'],
        ['逾期', '/overdue'],
        ['申报与活动', '/applications'],
        ['考核', '/dashboard/units/mine'],
        ['诉求', '/requests'],
        ['搜索', '/search'],
        ['同步', '/sync'],
      ])
      cleanup()
      setUser(person('UNIT_LEADER'))
      renderAt('/pipeline')
      expect((await screen.findAllByRole('link')).map((link) => link.getAttribute('href'))).toContain('/dashboard')
      cleanup()
      setUser(person('DEPARTMENT'))
      renderAt('/requests')
      expect((await screen.findAllByRole('link')).map((link) => link.textContent)).toEqual(['诉求', '搜索', '同步'])
    },
  )

  it('gives county leaders the dashboard and the reports first, and the talent office the projects first', async () => {
    setUser(person('LEADER'))
    renderAt('/dashboard')
    expect((await screen.findAllByRole('link')).map((link) => link.textContent)).toEqual([
      '考核',
      '报告',
      '项目',
      '诉求',
      '搜索',
      '同步',
    ])
    cleanup()
    setUser(person('ADMIN'))
    renderAt('/')
    expect((await screen.findAllByRole('link')).map((link) => link.textContent)).toEqual([
      '项目',
      '考核',
      '报告',
      '台账',
      '工作台',
      '诉求',
      '搜索',
      '同步',
    ])
  })

  it('steps aside on a form, where the form’s own buttons sit at the bottom', async () => {
    setUser(person('STAFF'))
    renderAt('/leads/new')
    await screen.findByText('屏幕')
    expect(screen.queryByRole('navigation', { name: '主导航' })).toBeNull()
  })
})

describe('the first screen', () => {
  it('sends each role to its home', async () => {
    for (const [role, home] of [
      ['STAFF', '/today'],
      ['PARK_MANAGER', '/pipeline'],
      ['UNIT_LEADER', '/dashboard/units/mine'],
      ['LEADER', '/dashboard'],
      ['DEPARTMENT', '/requests'],
    ] as const) {
      setUser(person(role))
      renderAt('/', () => <p>{`到了 ${useLocation().pathname}`}</p>)
      expect(await screen.findByText(`到了 ${home}`)).toBeTruthy()
      cleanup()
    }
  })
})

describe('chat apps’ browsers', () => {
  it('are recognised by their user agent', () => {
    expect(
      inAppBrowserOf(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
          'Mobile/15E148 MicroMessenger/8.0.50(0x1800323d) NetType/WIFI Language/zh_CN',
      ),
    ).toBe('wechat')
    expect(
      inAppBrowserOf(
        'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116 Mobile Safari/537.36 wxwork/4.1.22 ' +
          'MicroMessenger/7.0.1 Language/zh ColorScheme/Light',
      ),
    ).toBe('wecom')
    expect(
      inAppBrowserOf(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 ' +
          'AliApp(DingTalk/7.0.40) com.laiwang.DingTalk/31043813 Channel/201200 language/zh-Hans-CN',
      ),
    ).toBe('dingtalk')
    expect(
      inAppBrowserOf(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
          'Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBeNull()
  })
})

describe('persistent storage', () => {
  it('is asked for once, not at every sign-in', async () => {
    const persist = vi.fn(async () => false)
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persist, persisted: async () => false },
    })
    localStorage.clear()
    expect(await requestPersistentStorage()).toBe(false)
    expect(await requestPersistentStorage()).toBe(false)
    expect(persist).toHaveBeenCalledTimes(1)
  })
})
