// What the manager and department screen tests share: the people who use them, signed in with the phone
// offline (so what a screen queues stays in the outbox to be looked at), and the units they pick from.
import { expect, vi } from 'vitest'
import { setUser, type SessionUser } from '../../client/src/session/session.ts'
import { outbox, outboxEntries, startOutbox } from '../../client/src/outbox/index.ts'

const unit = (uuid: string, name: string) => ({ __typename: 'Unit' as const, id: btoa(`Unit:${uuid}`), name })
const person = (
  uuid: string,
  login: string,
  name: string,
  role: SessionUser['role'],
  of: ReturnType<typeof unit>,
): SessionUser =>
  ({
    __typename: 'User',
    id: btoa(`User:${uuid}`),
    login,
    name,
    role,
    mustChangePassword: false,
    locale: 'zh-CN',
    unit: of,
  }) as SessionUser

export const eastPark = unit('0190a000-0000-7000-8000-0000000000e1', '东部园区')
export const hrssUnit = { uuid: '0190a000-0000-7000-8000-0000000000d1', name: '人社局' }
export const industryUnit = { uuid: '0190a000-0000-7000-8000-0000000000d2', name: '工信局' }
export const departmentUnits = () => ({
  units: [hrssUnit, industryUnit].map((department) => ({
    __typename: 'Unit',
    id: btoa(`Unit:${department.uuid}`),
    ...department,
  })),
})

export const manager = person(
  '0190a000-0000-7000-8000-000000000004',
  'east.manager',
  '李晓峰',
  'PARK_MANAGER',
  eastPark,
)
export const departmentStaff = person(
  '0190a000-0000-7000-8000-000000000015',
  'hrss',
  '杨帆（人社局）',
  'DEPARTMENT',
  unit(hrssUnit.uuid, hrssUnit.name),
)

export const members = [
  { uuid: '0190a000-0000-7000-8000-000000000005', name: '张婷', role: 'STAFF' },
  { uuid: '0190a000-0000-7000-8000-000000000006', name: '刘洋', role: 'STAFF' },
  { uuid: '0190a000-0000-7000-8000-000000000004', name: '李晓峰', role: 'PARK_MANAGER' },
].map((member) => ({ __typename: 'User', id: btoa(`User:${member.uuid}`), ...member }))

export function signInOffline(who: SessionUser) {
  window.scrollTo = () => {} // jsdom has none; the router calls it on navigation
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
  setUser(who)
  startOutbox()
}

export async function clearOutbox(who: SessionUser) {
  for (const entry of await outbox.entries(who.id)) await outbox.discard(entry.seq)
  // The screens read the outbox through a signal refreshed after each change: wait until it is empty too.
  await vi.waitFor(() => expect(outboxEntries()).toEqual([]))
}

export const queued = (who: SessionUser) => outbox.entries(who.id)
