// Each cause tells its people once, in the write that causes it: a project handed over or a follower added, a
// lead refused by claim protection, a report issued, an account locked. Never the actor; never anyone else; and
// only while the recipient can still read what the notice is about.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { ids, mutate, op, smallCounty, talentWithProject, uniquePhone, type Agent } from '../support/pipeline.ts'
import { AssignProjectOwner, CreateLead } from '../support/documents.ts'
import { IssueReport } from '../support/report-documents.ts'
import { Notices, SetProjectFollower } from '../support/notice-documents.ts'
import { recordLoginAttempt } from '../../server/src/auth/login-guard.ts'
import { noticeAccountLocked } from '../../server/src/schema/notice/lock-notices.ts'
import { scopedClient } from '../../server/src/auth/scoped-client.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const notices = async (agent: Agent) => {
  const answer = await agent.request(Notices, { first: 50 })
  expect(answer.errors).toBeUndefined()
  return answer.data!.notices.edges.map((edge) => edge.node)
}
const kinds = async (agent: Agent) => (await notices(agent)).map((notice) => notice.kind)

describe('a project handed over', () => {
  it('tells its new owner once, and not the manager who handed it', async () => {
    const { eastStaff, eastStaff2, eastManager } = county.agents
    const { projectId, version } = await talentWithProject(eastStaff)
    const input = { ...op(), id: projectId, version, ownerId: county.people.eastStaff2.id }
    expect((await mutate(eastManager, AssignProjectOwner, input)).errors).toBeUndefined()
    expect((await mutate(eastManager, AssignProjectOwner, input)).errors).toBeUndefined()
    expect(await notices(eastStaff2)).toMatchObject([
      {
        kind: 'PROJECT_ASSIGNED',
        title: '你被指定为项目负责人：新材料中试基地',
        body: '由east.manager指定',
        subject: { typename: 'Project', uuid: projectId },
      },
    ])
    expect(await kinds(eastManager)).toEqual([])
    expect(await kinds(eastStaff)).toEqual([])
  })

  it('tells a colleague added to follow it, once, and nothing when already following', async () => {
    const { eastStaff, westStaff } = county.agents
    const { projectId } = await talentWithProject(eastStaff)
    const follow = () =>
      mutate(eastStaff, SetProjectFollower, {
        ...op(),
        id: projectId,
        userId: county.people.eastManager.id,
        following: true,
      })
    expect((await follow()).errors).toBeUndefined()
    expect((await follow()).errors).toBeUndefined()
    const seen = await notices(county.agents.eastManager)
    expect(seen.filter((notice) => notice.subject?.uuid === projectId).map((notice) => notice.kind)).toEqual([
      'PROJECT_MEMBER_ADDED',
    ])
    expect(await kinds(westStaff)).toEqual([])
  })

  it('is gone from the inbox of someone who no longer reaches the project', async () => {
    const { projectId, version } = await talentWithProject(county.agents.eastStaff)
    const mover = await db.prisma.user.create({
      data: { login: 'east.mover', name: 'east.mover', passwordHash: 'x', role: 'STAFF', unitId: county.units.east.id },
    })
    await mutate(county.agents.eastManager, AssignProjectOwner, { ...op(), id: projectId, version, ownerId: mover.id })
    const owned = await db.prisma.notice.findFirstOrThrow({ where: { userId: mover.id } })
    expect(owned.kind).toBe('PROJECT_ASSIGNED')
    // The project goes to the west park: the east staff member no longer reaches it, nor its notice.
    await db.prisma.project.update({ where: { id: projectId }, data: { unitId: county.units.west.id } })
    const asMover = scopedClient(db.prisma, { id: mover.id, name: mover.name, role: 'STAFF', unitId: mover.unitId })
    expect(await asMover.notice.count()).toBe(0)
    await db.prisma.project.update({ where: { id: projectId }, data: { unitId: county.units.east.id } })
    expect(await asMover.notice.count()).toBe(1)
  })
})

describe('a lead refused by claim protection', () => {
  it('tells whoever logged the followed lead, once per refused write however often it is replayed', async () => {
    const { eastStaff, westStaff } = county.agents
    const phone = uniquePhone()
    const { projectId } = await talentWithProject(eastStaff, { name: '陈一', phone })
    const input = {
      ...op(),
      projectId: uuidv7(),
      talentId: uuidv7(),
      talentName: '陈一',
      phone,
      sourceChannel: 'REFERRAL' as const,
    }
    expect((await mutate(westStaff, CreateLead, input)).code).toBe('CLAIMED')
    expect((await mutate(westStaff, CreateLead, input)).code).toBe('CLAIMED')
    const told = (await notices(eastStaff)).filter((notice) => notice.kind === 'CLAIM_CONFLICT')
    expect(told).toMatchObject([
      {
        title: '有人试图重复登记你跟进的人才：陈*',
        body: '西部园区的west.staff试图登记，已被认领保护拒绝',
        subject: { typename: 'Project', uuid: projectId },
      },
    ])
    expect(await kinds(westStaff)).toEqual([])
    // The refused write wrote nothing else.
    expect(await db.prisma.project.count({ where: { id: input.projectId } })).toBe(0)
  })
})

describe('a report issued', () => {
  it('tells every unit’s head, and no one else', async () => {
    await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度考核办法' } })
    const issued = await mutate(county.agents.admin, IssueReport, {
      ...ids(),
      kind: 'MONTHLY',
      year: 2026,
      period: '2026-06',
    })
    expect(issued.errors).toBeUndefined()
    expect(await notices(county.agents.eastHead)).toMatchObject([
      { kind: 'REPORT_ISSUED', subject: { typename: 'Report', uuid: issued.data!.uuid } },
    ])
    expect(await kinds(county.agents.eastManager)).not.toContain('REPORT_ISSUED')
    expect(await kinds(county.agents.admin)).toEqual([])
  })
})

describe('an account locked', () => {
  it('tells the account’s owner, linking to nothing', async () => {
    const start = Date.parse('2027-03-01T01:00:00Z')
    for (let guess = 0; guess < 12; guess++) {
      const attempt = {
        login: 'west.manager',
        address: '203.0.113.9',
        unlockedAt: null,
        now: new Date(start + guess * 1000),
      }
      await recordLoginAttempt(db.prisma, attempt, false, noticeAccountLocked)
    }
    expect(await notices(county.agents.westManager)).toMatchObject([
      { kind: 'ACCOUNT_LOCKED', body: '锁定至 2027-03-01 09:15；如非本人操作，请联系人才办', subject: null },
    ])
  })
})
