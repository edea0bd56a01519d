// A phone's working set: the projects a staff member owns or follows and their unit's projects due this week,
// nothing beyond what they may read, contact data masked as the screens get it, at most 300 projects with the
// least important left out first, only the changed ones on a later refresh, and a page's cost in statements
// the same for 5 projects as for 25.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi, errorCode } from '../support/api.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { resetClock, setClock } from '../support/clock.ts'
import { WorkingSetProjectsQuery, WorkingSetQuery } from '../../client/src/working-set/documents.ts'

let db: TestDatabase
let agent: ReturnType<ReturnType<typeof createApi>['agent']>
const day = 86_400_000
// A Wednesday: "this week" runs to Sunday night.
const now = new Date('2027-03-10T10:00:00+08:00')
const at = (days: number) => new Date(now.getTime() + days * day)
const ids: Record<string, string> = {}

beforeAll(async () => {
  setClock(now)
  db = await openTestDatabase()
  const east = await createUnit(db.prisma, '东部园区')
  const west = await createUnit(db.prisma, '西部园区')
  const staff = await createUser(db.prisma, 'east.staff', 'STAFF', east.id)
  const colleague = await createUser(db.prisma, 'east.colleague', 'STAFF', east.id)
  const westStaff = await createUser(db.prisma, 'west.staff', 'STAFF', west.id)
  const project = async (
    name: string,
    key: string,
    fields: { unitId: string; ownerId: string; nextFollowUpAt?: Date; status?: 'ACTIVE' | 'LOST' },
    lastActivityAt = at(-30),
  ) => {
    const talent = await db.prisma.talent.create({
      data: { id: uuidv7(), name: `${name}人才`, phone: `139${String(Object.keys(ids).length).padStart(8, '0')}` },
    })
    const created = await db.prisma.project.create({
      data: {
        title: name,
        talentId: talent.id,
        creditUnitId: fields.unitId,
        createdById: fields.ownerId,
        sourceChannel: 'EVENT',
        lastActivityAt,
        ...fields,
      },
    })
    ids[key] = created.id
    return created
  }
  await project('我负责的', 'mine', { unitId: east.id, ownerId: staff.id }, at(-1))
  const followed = await project('我协助的', 'followed', { unitId: east.id, ownerId: colleague.id })
  await db.prisma.projectFollower.create({ data: { projectId: followed.id, userId: staff.id } })
  await project('本单位本周到期', 'unitDue', { unitId: east.id, ownerId: colleague.id, nextFollowUpAt: at(2) })
  await project('本单位下月到期', 'unitLater', { unitId: east.id, ownerId: colleague.id, nextFollowUpAt: at(30) })
  await project('外单位本周到期', 'otherUnitDue', { unitId: west.id, ownerId: westStaff.id, nextFollowUpAt: at(1) })
  await project('我放弃的', 'lost', { unitId: east.id, ownerId: staff.id, status: 'LOST' })
  await db.prisma.activity.createMany({
    data: Array.from({ length: 30 }, (_, n) => ({
      projectId: ids.mine!,
      kind: 'CALL' as const,
      occurredAt: at(-1 - n),
      summary: `第${n + 1}次`,
      authorId: staff.id,
    })),
  })
  agent = await createApi(db.prisma).agent().login('east.staff')
})
afterAll(async () => {
  resetClock()
  await db?.close()
})

describe('the working set', () => {
  it('holds my projects and my unit’s due this week, mine first, and nothing of another unit', async () => {
    const result = await agent.request(WorkingSetQuery, {})
    expect(result.errors).toBeUndefined()
    const set = result.data!.workingSet
    expect(set.projectIds).toEqual([ids.mine, ids.followed, ids.unitDue, ids.lost])
    expect(set.changedProjectIds).toEqual(set.projectIds)
    expect(set.truncated).toBe(false)
    expect(set.limit).toBe(300)
  })

  it('sends a page with the screen’s timeline, contact data masked where the list masks it', async () => {
    const result = await agent.request(WorkingSetProjectsQuery, {
      ids: [ids.mine!, ids.unitDue!, ids.otherUnitDue!],
    })
    expect(result.errors).toBeUndefined()
    const projects = result.data!.workingSetProjects as unknown as {
      uuid: string
      activities: { summary: string }[]
      talent: { phone: string | null; contactMasked: boolean }
      supportRequests: unknown[]
    }[]
    const byId = new Map(projects.map((project) => [project.uuid, project]))
    expect([...byId.keys()].sort()).toEqual([ids.mine, ids.unitDue].sort())
    const mine = byId.get(ids.mine!)!
    expect(mine.activities).toHaveLength(20)
    expect(mine.activities[0]!.summary).toBe('第1次')
    expect(mine.talent.contactMasked).toBe(false)
    expect(byId.get(ids.unitDue!)!.talent.contactMasked).toBe(true)
    expect(byId.get(ids.unitDue!)!.talent.phone).not.toMatch(/^139\d{8}$/)
  })

  it('refuses more than 25 projects in one page', async () => {
    const result = await agent.request(WorkingSetProjectsQuery, { ids: Array.from({ length: 26 }, () => uuidv7()) })
    expect(errorCode(result)).toBe('BAD_USER_INPUT')
  })

  it('names only what changed since the last refresh', async () => {
    setClock(at(0.01))
    const first = await agent.request(WorkingSetQuery, {})
    const asOf = first.data!.workingSet.asOf
    setClock(at(0.02))
    await db.prisma.activity.create({
      data: {
        projectId: ids.followed!,
        kind: 'VISIT',
        occurredAt: new Date(),
        summary: '上门',
        authorId: (await db.prisma.user.findUniqueOrThrow({ where: { login: 'east.staff' } })).id,
      },
    })
    const later = await agent.request(WorkingSetQuery, { changedSince: asOf })
    expect(later.data!.workingSet.changedProjectIds).toEqual([ids.followed])
    expect(later.data!.workingSet.projectIds).toHaveLength(4)
  })

  it('costs the same statements for a page of 5 projects as for 25', async () => {
    const statements = async (count: number) => {
      const page = Array.from({ length: count }, (_, n) => Object.values(ids)[n % Object.values(ids).length]!)
      await agent.request(WorkingSetProjectsQuery, { ids: page })
      db.queries.length = 0
      const result = await agent.request(WorkingSetProjectsQuery, { ids: page })
      expect(result.errors).toBeUndefined()
      return db.queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim())).length
    }
    expect(await statements(25)).toBe(await statements(5))
  })

  it('keeps at most 300, leaving out my lost projects, then my unit’s due ones, first', async () => {
    const me = await db.prisma.user.findUniqueOrThrow({ where: { login: 'east.staff' } })
    const talents = Array.from({ length: 298 }, (_, n) => ({ id: uuidv7(), name: `批量${n}` }))
    await db.prisma.talent.createMany({ data: talents })
    await db.prisma.project.createMany({
      data: talents.map((talent, n) => ({
        title: `批量${n}`,
        talentId: talent.id,
        unitId: me.unitId!,
        creditUnitId: me.unitId!,
        ownerId: me.id,
        createdById: me.id,
        sourceChannel: 'EVENT' as const,
        lastActivityAt: at(-2 - n / 1000),
      })),
    })
    const set = (await agent.request(WorkingSetQuery, {})).data!.workingSet
    expect(set.projectIds).toHaveLength(300)
    expect(set.truncated).toBe(true)
    // the ones followed up most recently first: a moment ago (above), then yesterday
    expect(set.projectIds.slice(0, 2)).toEqual([ids.followed, ids.mine])
    expect(set.projectIds).not.toContain(ids.lost)
    expect(set.projectIds).not.toContain(ids.unitDue)
  })
})
