// A department may turn a signed project's request down, with a reason; the park reopens it, and the talent
// rates it once it is settled. A phone sending the same request more than once creates it once.
import { describe, expect, it } from 'vitest'
import { ids, mutate, op, type Agent } from '../support/pipeline.ts'
import { supportRequestCounty } from '../support/support-request-county.ts'
import {
  CreateSupportRequest,
  RateSupportRequest,
  RejectSupportRequest,
  ReopenSupportRequest,
  ResolveSupportRequest,
} from '../support/support-request-documents.ts'

const { db, county, industry, industryUnitId, signedProject, footprint } = supportRequestCounty()

describe('a department turning a request down, and the talent’s rating', () => {
  it('needs a reason to reject; rating waits until the request is settled', async () => {
    const projectId = await signedProject('13600000003')
    const input = {
      ...ids(),
      projectId,
      category: 'POLICY' as const,
      description: '研发补助兑现',
      departmentId: industryUnitId(),
    }
    const { id } = input
    expect((await mutate(county().agents.eastStaff, CreateSupportRequest, input)).data).toMatchObject({
      status: 'ASSIGNED',
      version: 1,
    })
    const rate = (agent: Agent, version: number, satisfaction: number) =>
      mutate(agent, RateSupportRequest, { ...op(), id, version, satisfaction })
    const early = await rate(county().agents.eastStaff, 1, 3)
    expect(early).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/办结后才能评价/) })

    const before = await footprint(id)
    const reject = (reason: string) => mutate(industry(), RejectSupportRequest, { ...op(), id, version: 1, reason })
    expect(await reject('')).toMatchObject({ code: 'BAD_USER_INPUT', message: '退回原因不能为空' })
    expect(await footprint(id)).toEqual(before)
    const rejected = await reject('不满一个会计年度')
    expect(rejected.data).toMatchObject({ status: 'REJECTED', rejectReason: '不满一个会计年度', version: 2 })

    expect((await rate(county().agents.westManager, 2, 2)).code).toBe('NOT_FOUND')
    expect((await rate(industry(), 2, 2)).code).toBe('FORBIDDEN')
    const reopened = await mutate(county().agents.eastManager, ReopenSupportRequest, {
      ...op(),
      id,
      version: 2,
      reason: '企业已补齐年报',
    })
    expect(reopened.data).toMatchObject({ status: 'IN_PROGRESS', version: 3 })
    const resolved = await mutate(industry(), ResolveSupportRequest, {
      ...op(),
      id,
      version: 3,
      resolution: '补助已拨付',
    })
    expect(resolved.errors).toBeUndefined()
    const rated = await rate(county().agents.eastStaff, 4, 4)
    expect(rated.data).toMatchObject({ status: 'RESOLVED', satisfaction: 4, version: 5 })
    expect(rated.data!.events.at(-1)).toEqual({
      kind: 'RATED',
      note: '满意度 4 分',
      fromUnit: null,
      toUnit: null,
      by: { name: 'east.staff' },
    })
    const audit = await db().prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'rateSupportRequest' } })
    expect(audit.changes).toEqual({ before: { satisfaction: null }, after: { satisfaction: 4 } })
  })
})

describe('a phone sending the same request more than once', () => {
  it('creates one request and one history however the copies arrive', async () => {
    const projectId = await signedProject('13600000005')
    const input = { ...ids(), projectId, category: 'FINANCE' as const, description: '人才贷' }
    const send = () => mutate(county().agents.eastStaff, CreateSupportRequest, input)
    const answers = await Promise.all([1, 2, 3].map(send))
    const late = await send()
    for (const answer of [...answers, late]) {
      expect(answer.data).toMatchObject({ uuid: input.id, version: 1 })
      expect(answer.data).toEqual(answers[0]!.data)
    }
    expect(await db().prisma.supportRequest.count({ where: { projectId } })).toBe(1)
    expect(await db().prisma.supportRequestEvent.count({ where: { requestId: input.id } })).toBe(1)
    expect(await db().prisma.auditLog.count({ where: { entityId: input.id } })).toBe(1)
  })
})
