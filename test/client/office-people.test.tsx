// 单位与人员: an account whose sign-in is locked says so on its row, until when and from how many addresses, and
// the office unlocks it there; an account without a lock offers no unlocking.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import PeopleRoute from '../../client/src/office/people.tsx'
import { signIn } from './leader-fixtures.ts'
import { officeAdmin, serveOffice } from './office-harness.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const park = { __typename: 'Unit', id: btoa('Unit:0190a000-0000-7000-8000-0000000000e1') }
const parkUnit = { ...park, uuid: '0190a000-0000-7000-8000-0000000000e1', name: '东部园区', kind: 'PARK' }
const account = (uuid: string, login: string, name: string, loginLock: Record<string, unknown> | null) => ({
  __typename: 'User',
  id: btoa(`User:${uuid}`),
  uuid,
  login,
  name,
  role: 'STAFF',
  active: true,
  mustChangePassword: false,
  lastLoginAt: '2026-03-01T02:00:00.000Z',
  version: 3,
  unit: parkUnit,
  loginLock: loginLock && { __typename: 'AccountLock', ...loginLock },
})
const lockedUuid = '0190a000-0000-7000-8000-000000000031'
// 10:15 in the county (UTC+8).
const locked = account(lockedUuid, 'east.zhang', '张婷', {
  until: '2026-03-02T02:15:00.000Z',
  lockedAddresses: 2,
  underAttack: false,
})
const attacked = account('0190a000-0000-7000-8000-000000000032', 'east.liu', '刘洋', {
  until: null,
  lockedAddresses: 0,
  underAttack: true,
})
const calm = account('0190a000-0000-7000-8000-000000000033', 'east.wang', '王芳', null)
const page = (...accounts: ReturnType<typeof account>[]) => ({
  data: {
    accounts: {
      __typename: 'UserConnection',
      edges: accounts.map((node) => ({ __typename: 'UserEdge', node })),
    },
    units: [{ ...parkUnit, code: 'EAST_PARK', retiredAt: null, version: 1, activeMembers: 3 }],
  },
})

describe('locked accounts', () => {
  it('says which accounts are locked and how, and unlocks one from its row', async () => {
    signIn(officeAdmin)
    const server = serveOffice('/people', PeopleRoute, {
      OfficeAccounts: [page(locked, attacked, calm), page({ ...locked, loginLock: null }, attacked, calm)],
      OfficeUnlockAccount: { data: { unlockAccount: { ...locked, loginLock: null } } },
    })
    const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr')!
    expect(within(await rowOf('张婷')).getByTestId('account-locked').textContent).toBe(
      '登录已锁定（2 个地址），10:15 自动解除',
    )
    expect(within(await rowOf('刘洋')).getByTestId('account-locked').textContent).toBe(
      '被多处反复尝试登录，只能在以前登录过的网络登录',
    )
    expect(within(await rowOf('王芳')).queryByTestId('account-locked')).toBeNull()
    expect(within(await rowOf('王芳')).queryByRole('button', { name: '解锁' })).toBeNull()

    fireEvent.click(within(await rowOf('张婷')).getByRole('button', { name: '解锁' }))
    await waitFor(() => expect(server.of('OfficeUnlockAccount')).toHaveLength(1))
    expect(server.of('OfficeUnlockAccount')[0]!.variables).toEqual({ userId: lockedUuid })
    await waitFor(async () => expect(within(await rowOf('张婷')).queryByTestId('account-locked')).toBeNull())
    expect(within(await rowOf('张婷')).queryByRole('button', { name: '解锁' })).toBeNull()
    expect(within(await rowOf('刘洋')).getByRole('button', { name: '解锁' })).toBeTruthy()
  })
})
