// The talent office keeps the county's accounts: a new person gets a one-time password and can do nothing
// but change it; a deactivated person is signed out at once and keeps their records; roles change under audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { errorCode } from '../support/api.ts'
import { mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import {
  Accounts,
  ChangePassword,
  CreateUser,
  Me,
  ResetPassword,
  UnitsRead,
  UpdateUser,
} from '../support/account-documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const newPassword = 'Harbour-Light-42'

async function newAccount(login: string, role: 'STAFF' | 'PARK_MANAGER' = 'STAFF') {
  const created = await mutate(county.agents.admin, CreateUser, {
    ...op(),
    login,
    name: '新同事',
    role,
    unitId: county.units.east.id,
  })
  if (!created.data?.oneTimePassword) throw new Error(`createUser: ${created.message}`)
  return { id: created.data.user.uuid, password: created.data.oneTimePassword }
}

async function signedInAfterChange(login: string, oneTime: string) {
  const agent = await county.api.agent().login(login, oneTime)
  const changed = await agent.request(ChangePassword, { currentPassword: oneTime, newPassword })
  expect(changed.errors).toBeUndefined()
  return agent
}

describe('a new account', () => {
  it('signs in with its one-time password and may only change it, then works', async () => {
    const { id, password } = await newAccount('zhou.new')
    expect(password).toMatch(/^[A-Za-z2-9]{12}$/)
    const agent = await county.api.agent().login('zhou.new', password)
    expect((await agent.request(Me)).data?.me).toMatchObject({ uuid: id, mustChangePassword: true })
    const refused = await agent.request(UnitsRead)
    expect(errorCode(refused)).toBe('PASSWORD_CHANGE_REQUIRED')
    expect(refused.errors?.[0]?.message).toMatch(/修改初始密码/)

    const weak = await agent.request(ChangePassword, { currentPassword: password, newPassword: 'short1' })
    expect(errorCode(weak)).toBe('BAD_USER_INPUT')
    expect(weak.errors?.[0]?.message).toBe('密码至少 10 位')
    const wrong = await agent.request(ChangePassword, { currentPassword: 'Not-The-One-1', newPassword })
    expect(wrong.errors?.[0]?.message).toBe('当前密码不正确')

    const changed = await agent.request(ChangePassword, { currentPassword: password, newPassword })
    expect(changed.data?.changePassword.mustChangePassword).toBe(false)
    expect((await agent.request(UnitsRead)).data?.units.length).toBeGreaterThan(0)
    const audited = await db.prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { at: 'asc' } })
    expect(audited.map((entry) => entry.action)).toEqual(['createUser', 'changePassword'])
    expect(JSON.stringify(audited)).not.toContain(password)
  })

  it('is created once when the request is replayed, and the replay shows no password', async () => {
    const input = {
      ...op(),
      login: 'replayed.user',
      name: '重放',
      role: 'STAFF' as const,
      unitId: county.units.west.id,
    }
    const first = await mutate(county.agents.admin, CreateUser, input)
    const again = await mutate(county.agents.admin, CreateUser, input)
    expect(again.data?.user.uuid).toBe(first.data?.user.uuid)
    expect(first.data?.oneTimePassword).toBeTruthy()
    expect(again.data?.oneTimePassword).toBeNull()
    expect(await db.prisma.user.count({ where: { login: 'replayed.user' } })).toBe(1)
  })

  it('refuses bad input with a code and a Chinese message, and writes nothing', async () => {
    const before = await db.prisma.user.count()
    const east = county.units.east.id
    const cases = [
      [{ login: 'a', name: '张三', role: 'STAFF' as const, unitId: east }, 'BAD_USER_INPUT', /账号为 3–32 位/],
      [
        { login: 'park.leader', name: '张三', role: 'LEADER' as const, unitId: east },
        'BAD_USER_INPUT',
        /园区不能设置「县领导」/,
      ],
      [
        { login: 'east.staff', name: '张三', role: 'STAFF' as const, unitId: east },
        'DUPLICATE',
        /账号 east.staff 已被使用/,
      ],
      [{ login: 'no.unit', name: '张三', role: 'STAFF' as const, unitId: uuidv7() }, 'NOT_FOUND', /单位不存在/],
    ] as const
    for (const [input, code, message] of cases) {
      const refused = await mutate(county.agents.admin, CreateUser, { ...op(), ...input })
      expect(refused.code, input.login).toBe(code)
      expect(refused.message).toMatch(message)
    }
    const forbidden = await mutate(county.agents.eastManager, CreateUser, {
      ...op(),
      login: 'by.manager',
      name: '张三',
      role: 'STAFF',
      unitId: east,
    })
    expect(forbidden.code).toBe('FORBIDDEN')
    expect(await db.prisma.user.count()).toBe(before)
  })
})

describe('an account the office changes', () => {
  it('is signed out at once when deactivated, and its records stay', async () => {
    const { id, password } = await newAccount('leaving.staff')
    const agent = await signedInAfterChange('leaving.staff', password)
    const { projectId } = await talentWithProject(agent)
    const version = (await db.prisma.user.findUniqueOrThrow({ where: { id } })).version
    const deactivated = await mutate(county.agents.admin, UpdateUser, { ...op(), id, version, active: false })
    expect(deactivated.data?.active).toBe(false)
    expect(errorCode(await agent.request(UnitsRead))).toBe('UNAUTHENTICATED')
    await expect(county.api.agent().login('leaving.staff', newPassword)).rejects.toThrow(/账号或密码不正确/)
    expect(await db.prisma.project.findUnique({ where: { id: projectId } })).not.toBeNull()
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(0)
  })

  it('takes a new role on the next request, with the change in the audit log', async () => {
    const { id, password } = await newAccount('rising.staff')
    const agent = await signedInAfterChange('rising.staff', password)
    const version = (await db.prisma.user.findUniqueOrThrow({ where: { id } })).version
    await mutate(county.agents.admin, UpdateUser, { ...op(), id, version, role: 'PARK_MANAGER' })
    expect((await agent.request(Me)).data?.me?.role).toBe('PARK_MANAGER')
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'updateUser' } })
    expect(entry.changes).toMatchObject({ before: { role: 'STAFF' }, after: { role: 'PARK_MANAGER' } })
  })

  it('refuses a role the new unit does not hold, and a stale version', async () => {
    const { id } = await newAccount('moving.staff')
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id } })
    const toDepartment = await mutate(county.agents.admin, UpdateUser, {
      ...op(),
      id,
      version: user.version,
      unitId: county.units.hrss.id,
    })
    expect(toDepartment.message).toMatch(/职能部门不能设置「招才专员」/)
    const stale = await mutate(county.agents.admin, UpdateUser, {
      ...op(),
      id,
      version: user.version + 5,
      name: '改名',
    })
    expect(stale.code).toBe('CONFLICT')
    expect(JSON.stringify(stale.errors)).not.toContain('passwordHash')
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      unitId: user.unitId,
      name: user.name,
    })
  })

  it('resets a password: every session ends, the old password stops working, the new one must be changed', async () => {
    const { id, password } = await newAccount('forgetful.staff')
    const agent = await signedInAfterChange('forgetful.staff', password)
    const reset = await mutate(county.agents.admin, ResetPassword, { ...op(), id })
    expect(reset.data?.user.mustChangePassword).toBe(true)
    expect(errorCode(await agent.request(UnitsRead))).toBe('UNAUTHENTICATED')
    await expect(county.api.agent().login('forgetful.staff', newPassword)).rejects.toThrow()
    const fresh = await county.api.agent().login('forgetful.staff', reset.data!.oneTimePassword!)
    expect(errorCode(await fresh.request(UnitsRead))).toBe('PASSWORD_CHANGE_REQUIRED')
  })

  it('ends the other sessions when people change their own password, and keeps this one', async () => {
    const { password } = await newAccount('two.phones')
    const here = await signedInAfterChange('two.phones', password)
    const there = await county.api.agent().login('two.phones', newPassword)
    const changed = await here.request(ChangePassword, {
      currentPassword: newPassword,
      newPassword: 'Second-Harbour-7',
    })
    expect(changed.errors).toBeUndefined()
    expect((await here.request(UnitsRead)).errors).toBeUndefined()
    expect(errorCode(await there.request(UnitsRead))).toBe('UNAUTHENTICATED')
  })
})

describe('the accounts list', () => {
  it('finds people by unit, name or login, active or not, for the office alone', async () => {
    const east = county.units.east.id
    const listed = await county.agents.admin.request(Accounts, { unitId: east, active: true })
    const logins = listed.data?.accounts.edges.map((edge) => edge.node.login) ?? []
    expect(logins).toEqual(expect.arrayContaining(['east.staff', 'east.manager', 'east.head']))
    expect(logins).not.toContain('west.staff')
    const found = await county.agents.admin.request(Accounts, { search: 'WEST.MAN' })
    expect(found.data?.accounts.edges.map((edge) => edge.node.login)).toEqual(['west.manager'])
    const refused = await county.agents.eastManager.request(Accounts, {})
    expect(errorCode(refused)).toBe('FORBIDDEN')
  })
})
