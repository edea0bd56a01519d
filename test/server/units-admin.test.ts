// Units the talent office creates, renames and retires, and the one rule no change may break: the county
// always keeps an active administrator. Both hold when two requests arrive at the same moment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { mutate, op, smallCounty } from '../support/pipeline.ts'
import { ChangePassword, CreateUnit, CreateUser, UpdateUnit, UpdateUser } from '../support/account-documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const versionOf = async (id: string) => (await db.prisma.user.findUniqueOrThrow({ where: { id } })).version
const unitVersion = async (id: string) => (await db.prisma.unit.findUniqueOrThrow({ where: { id } })).version

async function newUnit(code: string) {
  const created = await mutate(county.agents.admin, CreateUnit, { ...op(), name: `${code} 园区`, code, kind: 'PARK' })
  if (!created.data) throw new Error(`createUnit: ${created.message}`)
  return created.data.uuid
}

describe('units', () => {
  it('are created, renamed and retired by the office, with codes kept unique', async () => {
    const id = await newUnit('NORTH_PARK')
    const duplicate = await mutate(county.agents.admin, CreateUnit, {
      ...op(),
      name: '另一个',
      code: 'north_park',
      kind: 'TOWN',
    })
    expect(duplicate).toMatchObject({ code: 'DUPLICATE', message: '单位代码 NORTH_PARK 已被使用' })
    const renamed = await mutate(county.agents.admin, UpdateUnit, {
      ...op(),
      id,
      version: await unitVersion(id),
      name: '北部园区',
    })
    expect(renamed.data).toMatchObject({ name: '北部园区', retiredAt: null })
    const retired = await mutate(county.agents.admin, UpdateUnit, {
      ...op(),
      id,
      version: await unitVersion(id),
      retired: true,
    })
    expect(retired.data?.retiredAt).toBeTruthy()
    const joining = await mutate(county.agents.admin, CreateUser, {
      ...op(),
      login: 'late.joiner',
      name: '迟到',
      role: 'STAFF',
      unitId: id,
    })
    expect(joining.message).toBe('该单位已撤销，不能再加入人员')
    const refused = await mutate(county.agents.eastManager, CreateUnit, {
      ...op(),
      name: '私设',
      code: 'ROGUE',
      kind: 'PARK',
    })
    expect(refused.code).toBe('FORBIDDEN')
    expect(await db.prisma.unit.count({ where: { code: 'ROGUE' } })).toBe(0)
  })

  it('refuses a rename based on a stale version, and writes nothing', async () => {
    const id = await newUnit('STALE_PARK')
    const stale = await mutate(county.agents.admin, UpdateUnit, { ...op(), id, version: 7, name: '旧版本改名' })
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toMatch(/该单位已被他人修改/)
    expect(await db.prisma.unit.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: 'STALE_PARK 园区',
      version: 1,
    })
  })

  it('is retired only once nobody active works there', async () => {
    const id = await newUnit('SOUTH_PARK')
    const member = await mutate(county.agents.admin, CreateUser, {
      ...op(),
      login: 'south.staff',
      name: '南',
      role: 'STAFF',
      unitId: id,
    })
    const refused = await mutate(county.agents.admin, UpdateUnit, {
      ...op(),
      id,
      version: await unitVersion(id),
      retired: true,
    })
    expect(refused.message).toBe('该单位仍有在岗人员，请先停用或调出后再撤销')
    const memberId = member.data!.user.uuid
    await mutate(county.agents.admin, UpdateUser, {
      ...op(),
      id: memberId,
      version: await versionOf(memberId),
      active: false,
    })
    const retired = await mutate(county.agents.admin, UpdateUnit, {
      ...op(),
      id,
      version: await unitVersion(id),
      retired: true,
    })
    expect(retired.data?.activeMembers).toBe(0)
  })

  it('never holds an active person once retired, when someone joins at the same moment', async () => {
    for (const round of [1, 2, 3]) {
      const id = await newUnit(`RACE_${round}`)
      await Promise.all([
        mutate(county.agents.admin, CreateUser, {
          ...op(),
          login: `race.${round}`,
          name: '并发',
          role: 'STAFF',
          unitId: id,
        }),
        mutate(county.agents.admin, UpdateUnit, { ...op(), id, version: 1, retired: true }),
      ])
      const unit = await db.prisma.unit.findUniqueOrThrow({ where: { id } })
      const active = await db.prisma.user.count({ where: { unitId: id, active: true } })
      expect(unit.retiredAt !== null && active > 0, `round ${round}`).toBe(false)
    }
  })
})

describe('the last administrator', () => {
  it('cannot be deactivated or given another role', async () => {
    const admin = county.people.admin
    const deactivate = await mutate(county.agents.admin, UpdateUser, {
      ...op(),
      id: admin.id,
      version: await versionOf(admin.id),
      active: false,
    })
    expect(deactivate.message).toBe('这是全县唯一在岗的管理员，不能停用或改为其他角色')
    const demote = await mutate(county.agents.admin, UpdateUser, {
      ...op(),
      id: admin.id,
      version: await versionOf(admin.id),
      role: 'LEADER',
    })
    expect(demote.code).toBe('BAD_USER_INPUT')
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: 'ADMIN',
      active: true,
    })
  })

  it('stays when two administrators deactivate each other at the same moment', async () => {
    const created = await mutate(county.agents.admin, CreateUser, {
      ...op(),
      login: 'second.admin',
      name: '第二管理员',
      role: 'ADMIN',
      unitId: county.units.office.id,
    })
    const secondId = created.data!.user.uuid
    const second = await county.api.agent().login('second.admin', created.data!.oneTimePassword!)
    await second.request(ChangePassword, {
      currentPassword: created.data!.oneTimePassword!,
      newPassword: 'Second-Admin-2026',
    })
    const firstId = county.people.admin.id
    const [one, two] = await Promise.all([
      mutate(county.agents.admin, UpdateUser, {
        ...op(),
        id: secondId,
        version: await versionOf(secondId),
        active: false,
      }),
      mutate(second, UpdateUser, { ...op(), id: firstId, version: await versionOf(firstId), active: false }),
    ])
    const succeeded = [one, two].filter((result) => !result.errors)
    expect(succeeded).toHaveLength(1)
    expect(await db.prisma.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1)
  })
})
