// After signing in, the owner of an account someone tried to guess is told when, from where and how often.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library'
import { announceLoginLocks, LoginLockNotice } from '../../client/src/session/lock-notice.tsx'

afterEach(cleanup)

describe('the sign-in lock notice', () => {
  it('lists each lock in county time with its address and count, and goes away once read', async () => {
    render(() => <LoginLockNotice />)
    expect(screen.queryByTestId('login-lock-notice')).toBeNull()
    announceLoginLocks([{ lockedAt: '2026-03-02T01:05:00.000Z', address: '198.51.100.66', failures: 10 }])
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain('有人多次用错误密码尝试登录您的账号')
    expect(notice.textContent).toContain('2026/3/2 09:05，来自 198.51.100.66，连续失败 10 次')
    expect(sessionStorage.getItem('tp.loginLockNotice')).toContain('198.51.100.66')
    fireEvent.click(screen.getByRole('button', { name: '知道了' }))
    expect(screen.queryByTestId('login-lock-notice')).toBeNull()
    expect(sessionStorage.getItem('tp.loginLockNotice')).toBeNull()
  })
})
