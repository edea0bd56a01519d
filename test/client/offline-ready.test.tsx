// One truth about working offline, read by the header's badge, the chat-app notice and the toast: a first
// visit says it is preparing (not ✗), a chat app's browser is never called ready, and 已可离线使用 is said
// once per device, briefly, not at every sign-in.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@solidjs/testing-library'

// A browser with service workers, on its first visit: none controls the page yet.
const controllerChange: (() => void)[] = []
const container = {
  controller: null as object | null,
  addEventListener: (type: string, listener: () => void) =>
    type === 'controllerchange' && controllerChange.push(listener),
  register: () => new Promise(() => {}),
}
Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container })
localStorage.clear()

const { offlineSupport, needsOfflineNotice } = await import('../../client/src/pwa/offline-ready.ts')
const { OfflineBadge } = await import('../../client/src/shell/offline-badge.tsx')
const { ReloadPrompt, readyToastMs } = await import('../../client/src/pwa/reload-prompt.tsx')

function takeControl() {
  container.controller = {}
  for (const listener of controllerChange) listener()
}

beforeAll(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
afterEach(cleanup)

describe('offline readiness', () => {
  it('is “preparing” on a first visit, not ✗, and ✓ once the service worker controls the page', async () => {
    render(() => <OfflineBadge />)
    expect(offlineSupport()).toBe('installing')
    expect(screen.getByTestId('offline-badge').textContent).toBe('正在准备离线…')
    expect(needsOfflineNotice(null)).toBe(false)
  })

  it('says 已可离线使用 once the page is ready, goes away by itself, and not again at the next sign-in', async () => {
    render(() => <ReloadPrompt />)
    expect(screen.queryByText('已可离线使用')).toBeNull()
    takeControl()
    expect(screen.getByTestId('offline-ready-toast').textContent).toBe('已可离线使用')
    expect(screen.getByTestId('offline-ready-toast').classList.contains('toast-top')).toBe(true)
    vi.advanceTimersByTime(readyToastMs)
    expect(screen.queryByText('已可离线使用')).toBeNull()
    cleanup()
    // Signing in again reloads the page: the same device, ready from the start, is not told again.
    render(() => (
      <>
        <OfflineBadge />
        <ReloadPrompt />
      </>
    ))
    expect(screen.getByTestId('offline-badge').textContent).toBe('可离线 ✓')
    expect(screen.queryByText('已可离线使用')).toBeNull()
  })

  it('calls a chat app’s browser not ready even with a worker, as its notice says', () => {
    expect(offlineSupport(null)).toBe('ready')
    expect(offlineSupport('wechat')).toBe('inApp')
    expect(needsOfflineNotice('wechat')).toBe(true)
  })
})
