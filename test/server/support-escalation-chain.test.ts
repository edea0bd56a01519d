// Beyond the talent office: a request still not settled climbs the chain the office sets (分管县领导, 县委督查室 …),
// one level at a time on the working-day calendar, never past the last level, once whoever runs the pass.
import { describe, expect, it } from 'vitest'
import { errorCode } from '../support/api.ts'
import { createUnit } from '../support/fixtures.ts'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, op } from '../support/pipeline.ts'
import { supportRequestCounty } from '../support/support-request-county.ts'
import { CreateSupportRequest } from '../support/support-request-documents.ts'
import { endOfWorkingDaysAfter } from '../support/working-days.ts'
import { escalateOverdueSupportRequests } from '../../server/src/schema/support-request/escalate-overdue.ts'

const { db, county, industryUnitId, signedProject } = supportRequestCounty()

const EscalationSettingsQuery = graphql(`
  query EscalationSettings {
    officeSettings {
      escalation { version levels { level label unitId afterWorkingDays unit { name } } }
    }
  }
`)
const SaveEscalation = graphql(`
  mutation SaveEscalation($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      escalation { version levels { level label unitId afterWorkingDays } }
    }
  }
`)
const EscalatedQuery = graphql(`
  query EscalatedChain {
    escalatedSupportRequests(first: 100) {
      edges { node { uuid escalationLevel escalationLabel lastEscalatedAt } }
    }
  }
`)

// A fixed stretch of the calendar, after the 2025 Dragon Boat holiday: nothing here depends on today.
const dueAt = new Date('2025-06-03T01:00:00Z')
const firstPass = new Date('2025-06-04T02:00:00Z')
const run = (now: Date) => escalateOverdueSupportRequests(db().prisma, { byId: null, now })
const at = async (from: Date, days: number, offsetMs: number) =>
  new Date(new Date(await endOfWorkingDaysAfter(db().prisma, from, days)).getTime() + offsetMs)

let leadUnitId: string
let inspectUnitId: string
async function saveChain() {
  leadUnitId = (await createUnit(db().prisma, '县领导办公室', 'OFFICE')).id
  inspectUnitId = (await createUnit(db().prisma, '县委督查室', 'DEPARTMENT')).id
  const { version } = (await county().agents.admin.request(EscalationSettingsQuery)).data!.officeSettings.escalation
  const saved = await mutate(county().agents.admin, SaveEscalation, {
    ...op(),
    escalation: {
      version,
      levels: [
        { label: '分管县领导', unitId: leadUnitId, afterWorkingDays: 2 },
        { label: '县委督查室', unitId: inspectUnitId, afterWorkingDays: 3 },
      ],
    },
  })
  expect(saved.errors).toBeUndefined()
  return saved.data!.escalation
}

async function lateRequest(phone: string) {
  const projectId = await signedProject(phone)
  const made = await mutate(county().agents.eastManager, CreateSupportRequest, {
    ...ids(),
    projectId,
    category: 'FUNDING',
    description: '启动资金',
    departmentId: industryUnitId(),
    dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  })
  const id = made.data!.uuid
  await db().prisma.supportRequest.update({ where: { id }, data: { dueAt } })
  return id
}

const state = (id: string) =>
  db().prisma.supportRequest.findUniqueOrThrow({
    where: { id },
    select: { escalationLevel: true, lastEscalatedAt: true },
  })
const chainEvents = (id: string) =>
  db().prisma.supportRequestEvent.findMany({
    where: { requestId: id, kind: 'ESCALATED' },
    orderBy: { at: 'asc' },
    select: { note: true, toUnitId: true, at: true },
  })

describe('the escalation chain beyond the talent office', () => {
  it('refuses bad chains in Chinese, and anyone but the office, writing nothing', async () => {
    const retired = await createUnit(db().prisma, '已撤销单位', 'DEPARTMENT')
    await db().prisma.unit.update({ where: { id: retired.id }, data: { retiredAt: new Date() } })
    const live = await createUnit(db().prisma, '分管领导办', 'OFFICE')
    const before = {
      settings: await db().prisma.setting.findMany({ orderBy: { key: 'asc' } }),
      audits: await db().prisma.auditLog.count(),
    }
    const save = (
      levels: { label: string; unitId: string; afterWorkingDays: number }[],
      agent = county().agents.admin,
    ) => mutate(agent, SaveEscalation, { ...op(), escalation: { version: 0, levels } })
    const level = (values: Partial<{ label: string; unitId: string; afterWorkingDays: number }> = {}) => ({
      label: '分管县领导',
      unitId: live.id,
      afterWorkingDays: 2,
      ...values,
    })
    expect(await save(Array.from({ length: 6 }, (_, n) => level({ label: `第${n}级` })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '人才办之后最多设 5 级督办',
    })
    expect(await save([level({ afterWorkingDays: 0 })])).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '升级间隔为 1–30 天',
    })
    expect(await save([level({ afterWorkingDays: 31 })])).toMatchObject({ code: 'BAD_USER_INPUT' })
    expect(await save([level({ label: '  ' })])).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '督办层级名称不能为空',
    })
    expect(await save([level(), level()])).toMatchObject({ code: 'BAD_USER_INPUT', message: '督办层级名称重复' })
    expect(await save([level({ unitId: retired.id })])).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '督办单位不存在或已撤销',
    })
    expect(await save([level({ unitId: '01900000-0000-7000-8000-000000000000' })])).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '督办单位不存在或已撤销',
    })
    expect((await save([level()], county().agents.leader)).code).toBe('FORBIDDEN')
    expect((await save([level()], county().agents.eastManager)).code).toBe('FORBIDDEN')
    expect(errorCode(await county().agents.leader.request(EscalationSettingsQuery))).toBe('FORBIDDEN')
    expect({
      settings: await db().prisma.setting.findMany({ orderBy: { key: 'asc' } }),
      audits: await db().prisma.auditLog.count(),
    }).toEqual(before)
  })

  it('is saved under a version with an audit entry, and read back with its units', async () => {
    const audits = await db().prisma.auditLog.count({ where: { action: 'updateSettings' } })
    const saved = await saveChain()
    expect(saved).toMatchObject({
      version: 1,
      levels: [
        { level: 2, label: '分管县领导', afterWorkingDays: 2 },
        { level: 3, label: '县委督查室', afterWorkingDays: 3 },
      ],
    })
    expect(await db().prisma.auditLog.count({ where: { action: 'updateSettings' } })).toBe(audits + 1)
    const read = (await county().agents.admin.request(EscalationSettingsQuery)).data!.officeSettings.escalation
    expect(read.levels.map((level) => level.unit?.name)).toEqual(['县领导办公室', '县委督查室'])
    const stale = await mutate(county().agents.admin, SaveEscalation, {
      ...op(),
      escalation: { version: 0, levels: [] },
    })
    expect(stale.code).toBe('CONFLICT')
  })

  it('climbs level by level on the working-day calendar and stops at the last level', async () => {
    const id = await lateRequest('13600000011')
    await run(firstPass)
    expect(await state(id)).toEqual({ escalationLevel: 1, lastEscalatedAt: firstPass })

    // 分管县领导 two working days after the office, not a moment sooner.
    await run(await at(firstPass, 2, -1))
    expect((await state(id)).escalationLevel).toBe(1)
    const second = await at(firstPass, 2, 1)
    await run(second)
    expect(await state(id)).toEqual({ escalationLevel: 2, lastEscalatedAt: second })

    // 县委督查室 three working days after that.
    await run(await at(second, 3, -1))
    expect((await state(id)).escalationLevel).toBe(2)
    const third = await at(second, 3, 1)
    await run(third)
    expect(await state(id)).toEqual({ escalationLevel: 3, lastEscalatedAt: third })

    // The last level: no further, however long it waits.
    await run(new Date(third.getTime() + 90 * 86_400_000))
    expect((await state(id)).escalationLevel).toBe(3)
    const events = await chainEvents(id)
    expect(events.map((event) => event.note)).toEqual([
      '超期未办结，升级人才办督办',
      '超期仍未办结，升级分管县领导督办',
      '超期仍未办结，升级县委督查室督办',
    ])
    expect(events.slice(1).map((event) => event.toUnitId)).toEqual([leadUnitId, inspectUnitId])
    const audited = await db().prisma.auditLog.findMany({ where: { action: 'escalateOverdueSupportRequests' } })
    expect(audited.some((entry) => JSON.stringify(entry.changes).includes(id))).toBe(true)

    // The office and the county's leaders read the level and its name.
    const listed = (await county().agents.leader.request(EscalatedQuery)).data!.escalatedSupportRequests.edges
    expect(listed.find((edge) => edge.node.uuid === id)?.node).toMatchObject({
      escalationLevel: 3,
      escalationLabel: '县委督查室',
      lastEscalatedAt: third.toISOString(),
    })
  })

  it('stops once the request is settled', async () => {
    const id = await lateRequest('13600000012')
    await run(firstPass)
    expect((await state(id)).escalationLevel).toBe(1)
    await db().prisma.supportRequest.update({
      where: { id },
      data: { status: 'RESOLVED', resolution: '已拨付', resolvedAt: firstPass },
    })
    await run(await at(firstPass, 2, 1))
    await run(await at(firstPass, 30, 1))
    expect((await state(id)).escalationLevel).toBe(1)
    expect(await chainEvents(id)).toHaveLength(1)
  })

  it('moves a request one level however many passes run at once', async () => {
    const id = await lateRequest('13600000013')
    await run(firstPass)
    const later = await at(firstPass, 2, 1)
    await Promise.all([run(later), run(later), run(later)])
    expect((await state(id)).escalationLevel).toBe(2)
    expect(await chainEvents(id)).toHaveLength(2)
  })
})
