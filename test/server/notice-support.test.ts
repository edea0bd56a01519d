// A support request's steps reach the people who must act or who asked: the department it is assigned or
// handed to, the asker and the project's owner when it is settled or reopened, the office when it is escalated.
// Each once, however often the phone replays the write; a department handing it on loses the notice.
import { describe, expect, it } from 'vitest'
import { ids, mutate, op, type Agent } from '../support/pipeline.ts'
import { supportRequestCounty } from '../support/support-request-county.ts'
import {
  CreateSupportRequest,
  ReassignSupportRequest,
  ReopenSupportRequest,
  ResolveSupportRequest,
} from '../support/support-request-documents.ts'
import { Notices } from '../support/notice-documents.ts'
import { escalateOverdueSupportRequests } from '../../server/src/schema/support-request/escalate-overdue.ts'

const { db, county, industry, industryUnitId, signedProject } = supportRequestCounty()

const inbox = async (agent: Agent) => {
  const answer = await agent.request(Notices, { first: 50 })
  expect(answer.errors).toBeUndefined()
  return {
    count: answer.data!.unreadNoticeCount,
    notices: answer.data!.notices.edges.map((edge) => edge.node),
  }
}
const kinds = async (agent: Agent) => (await inbox(agent)).notices.map((notice) => notice.kind)

describe('notices of a support request', () => {
  let requestId: string
  let version = 1

  it('tell the department a request is assigned to, once however often the write is replayed', async () => {
    const { eastManager, hrss } = county().agents
    const projectId = await signedProject('13600000101')
    const input = {
      ...ids(),
      projectId,
      category: 'HOUSING' as const,
      description: '人才公寓',
      departmentId: county().units.hrss.id,
    }
    const created = await mutate(eastManager, CreateSupportRequest, input)
    expect(created.errors).toBeUndefined()
    requestId = created.data!.uuid
    await mutate(eastManager, CreateSupportRequest, input)
    const seen = await inbox(hrss)
    expect(seen.count).toBe(1)
    expect(seen.notices).toMatchObject([
      {
        kind: 'SUPPORT_ASSIGNED',
        title: '新交办诉求：新材料中试基地',
        readAt: null,
        subject: { typename: 'SupportRequest', uuid: requestId, id: created.data!.id },
      },
    ])
    // Not the one who assigned it, nor anyone else.
    expect(await kinds(eastManager)).toEqual([])
    expect(await kinds(industry())).toEqual([])
    expect(await db().prisma.notice.count({ where: { supportRequestId: requestId } })).toBe(1)
  })

  it('tell the department it is handed to; the department that handed it on no longer sees its notice', async () => {
    const { hrss } = county().agents
    const input = { ...op(), id: requestId, version, departmentId: industryUnitId(), reason: '属工信局职责' }
    const moved = await mutate(hrss, ReassignSupportRequest, input)
    expect(moved.errors).toBeUndefined()
    version = moved.data!.version
    await mutate(hrss, ReassignSupportRequest, input)
    expect(await inbox(industry())).toMatchObject({ count: 1, notices: [{ kind: 'SUPPORT_REASSIGNED' }] })
    expect(await inbox(hrss)).toEqual({ count: 0, notices: [] })
  })

  it('tell the asker and the project’s owner it is resolved, and the department it is reopened', async () => {
    const { eastManager, eastStaff } = county().agents
    const resolved = await mutate(industry(), ResolveSupportRequest, {
      ...op(),
      id: requestId,
      version,
      resolution: '已安排公寓',
    })
    expect(resolved.errors).toBeUndefined()
    version = resolved.data!.version
    expect(await kinds(eastManager)).toEqual(['SUPPORT_RESOLVED'])
    expect(await kinds(eastStaff)).toEqual(['SUPPORT_RESOLVED'])
    const reopened = await mutate(eastManager, ReopenSupportRequest, {
      ...op(),
      id: requestId,
      version,
      reason: '面积不符',
    })
    expect(reopened.errors).toBeUndefined()
    expect(await kinds(eastStaff)).toEqual(['SUPPORT_REOPENED', 'SUPPORT_RESOLVED'])
    expect(await kinds(eastManager)).toEqual(['SUPPORT_RESOLVED'])
    expect(await kinds(industry())).toEqual(['SUPPORT_REOPENED', 'SUPPORT_REASSIGNED'])
  })

  it('tell the office of an overdue request escalated to it, once however many passes run', async () => {
    const { admin } = county().agents
    const projectId = await signedProject('13600000102')
    const created = await mutate(county().agents.eastManager, CreateSupportRequest, {
      ...ids(),
      projectId,
      category: 'HIRING',
      description: '招工',
      departmentId: county().units.hrss.id,
      dueAt: new Date(Date.now() - 86_400_000).toISOString(),
    })
    expect(created.errors).toBeUndefined()
    await Promise.all([
      escalateOverdueSupportRequests(db().prisma, { byId: null }),
      escalateOverdueSupportRequests(db().prisma, { byId: null }),
    ])
    await escalateOverdueSupportRequests(db().prisma, { byId: null })
    const seen = await inbox(admin)
    const escalated = seen.notices.filter((notice) => notice.subject?.uuid === created.data!.uuid)
    expect(escalated).toMatchObject([{ kind: 'SUPPORT_ESCALATED', body: '已升级至人才办督办' }])
    expect(await kinds(county().agents.eastStaff)).not.toContain('SUPPORT_ESCALATED')
  })

  it('are the recipient’s alone', async () => {
    const notice = await db().prisma.notice.findFirstOrThrow({ where: { supportRequestId: requestId } })
    const strangers = await county().agents.admin.request(Notices, { first: 50 })
    expect(strangers.data!.notices.edges.map((edge) => edge.node.uuid)).not.toContain(notice.id)
  })
})
