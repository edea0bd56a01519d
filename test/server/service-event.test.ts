// The east park holds a salon; its staff record the talents who came (twice, by mistake: they count once), the
// west park records its own; everyone sees how many came, each unit only the talents it may see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import type { VariablesOf } from '../support/graphql.ts'
import {
  CreateServiceEvent,
  EventParticipantsQuery,
  EventsAttendedQuery,
  RecordEventParticipants,
  RemoveEventParticipant,
  ServiceEventsQuery,
  UpdateServiceEvent,
} from '../support/service-event-documents.ts'
import { ids, mutate, op, smallCounty, talentWithProject, type Agent } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let salon: string
const talents = { east1: '', east2: '', west: '' }
// Each write reads the event back: uuid version title kind heldOn place organiserUnit participantCount participants.
const talentId = (id: string) => Buffer.from(`Talent:${id}`).toString('base64')
const eventOf = async (agent: Agent, id = salon) => {
  const node = (
    await agent.request(EventParticipantsQuery, { id: Buffer.from(`ServiceEvent:${id}`).toString('base64') })
  ).data?.node
  return node && 'participants' in node ? node : undefined
}

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  talents.east1 = (await talentWithProject(county.agents.eastStaff, { name: '东一', phone: '13400000001' })).talentId
  talents.east2 = (await talentWithProject(county.agents.eastStaff, { name: '东二', phone: '13400000002' })).talentId
  talents.west = (await talentWithProject(county.agents.westStaff, { name: '西一', phone: '13400000003' })).talentId
  const created = await mutate(county.agents.eastManager, CreateServiceEvent, {
    ...ids(),
    kind: 'SALON',
    title: '青年人才沙龙',
    heldOn: '2026-05-20',
    place: '东部园区人才之家',
  })
  expect(created.errors).toBeUndefined()
  salon = created.data!.uuid
})
afterAll(() => db?.close())

describe('service events', () => {
  it('are created by the office or a unit’s manager for their own unit, with checked input', async () => {
    const byStaff = await mutate(county.agents.eastStaff, CreateServiceEvent, {
      ...ids(),
      kind: 'SALON',
      title: '沙龙',
      heldOn: '2026-05-21',
    })
    expect(byStaff.code).toBe('FORBIDDEN')
    const forWest = {
      ...ids(),
      kind: 'COUNTY_TOUR' as const,
      title: '人才看县城',
      heldOn: '2026-06-01',
      organiserUnitId: county.units.west.id,
    }
    expect((await mutate(county.agents.eastManager, CreateServiceEvent, forWest)).code).toBe('FORBIDDEN')
    const before = await db.prisma.serviceEvent.count()
    const blank = await mutate(county.agents.eastManager, CreateServiceEvent, {
      ...ids(),
      kind: 'SALON',
      title: '  ',
      heldOn: '2026-05-21',
    })
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', message: '活动名称不能为空' })
    expect(await db.prisma.serviceEvent.count()).toBe(before)
    const byOffice = await mutate(county.agents.admin, CreateServiceEvent, forWest)
    expect(byOffice.data).toMatchObject({
      title: '人才看县城',
      heldOn: '2026-06-01',
      organiserUnit: { name: '西部园区' },
      participantCount: 0,
      participants: [],
    })
    const results = await Promise.all(
      Array.from({ length: 4 }, () => mutate(county.agents.admin, CreateServiceEvent, forWest)),
    )
    for (const result of results) expect(result).toMatchObject({ data: { uuid: forWest.id }, errors: undefined })
    expect(await db.prisma.serviceEvent.count({ where: { id: forWest.id } })).toBe(1)
  })

  it('records participants idempotently, and shows the event on the talent’s page', async () => {
    const { eastStaff, westStaff } = county.agents
    const input = { ...op(), eventId: salon, talentIds: [talents.east1, talents.east2, talents.east1] }
    expect((await mutate(eastStaff, RecordEventParticipants, input)).data).toMatchObject({ participantCount: 2 })
    expect((await mutate(eastStaff, RecordEventParticipants, input)).data).toMatchObject({ participantCount: 2 })
    const again = await mutate(eastStaff, RecordEventParticipants, { ...input, ...op() })
    expect(again.data).toMatchObject({ participantCount: 2, participants: [{ name: '东一' }, { name: '东二' }] })
    const west = await mutate(westStaff, RecordEventParticipants, {
      ...op(),
      eventId: salon,
      talentIds: [talents.west],
    })
    expect(west.data).toMatchObject({ participantCount: 3 })
    expect(await db.prisma.serviceEventParticipant.count({ where: { eventId: salon } })).toBe(3)
    const audit = await db.prisma.auditLog.findMany({
      where: { entityId: salon, action: 'recordEventParticipants' },
      orderBy: { at: 'asc' },
    })
    expect(
      audit.map(
        (entry) => (entry.changes as { after: { participantsAdded: string[] } }).after.participantsAdded.length,
      ),
    ).toEqual([2, 0, 1])

    const page = await eastStaff.request(EventsAttendedQuery, { id: talentId(talents.east1) })
    expect(page.data?.node).toEqual({
      name: '东一',
      eventsAttended: [{ title: '青年人才沙龙', heldOn: '2026-05-20', participantCount: 3 }],
    })
  })

  it('refuses the same person under a second talent record, as a lead form would warn, writing nothing', async () => {
    // Another record of 东一 (same name at the same employer, another phone), entered before anyone merged them.
    const twin = await talentWithProject(county.agents.eastStaff, { name: '东一', phone: '13400000011' })
    const before = await db.prisma.auditLog.count()
    const refused = await mutate(county.agents.eastStaff, RecordEventParticipants, {
      ...op(),
      eventId: salon,
      talentIds: [twin.talentId],
    })
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: '东一可能已作为另一条人才记录登记参加（姓名和工作单位相同），同一人请先合并人才记录',
    })
    expect(await db.prisma.serviceEventParticipant.count({ where: { eventId: salon } })).toBe(3)
    expect(await db.prisma.auditLog.count()).toBe(before)
  })

  it('shows every unit how many came, but only the talents each may see', async () => {
    expect(await eventOf(county.agents.westManager)).toEqual({ participantCount: 3, participants: [{ name: '西一' }] })
    expect(await eventOf(county.agents.eastStaff2)).toEqual({
      participantCount: 3,
      participants: [{ name: '东一' }, { name: '东二' }],
    })
    expect(await eventOf(county.agents.hrss)).toEqual({ participantCount: 3, participants: [] })
    expect((await eventOf(county.agents.leader))?.participants).toHaveLength(3)
    const listed = await county.agents.westStaff.request(ServiceEventsQuery, { kind: 'SALON' })
    expect(listed.data?.serviceEvents.edges).toEqual([
      { node: { title: '青年人才沙龙', participantCount: 3, participants: [{ name: '西一' }] } },
    ])
  })

  it('refuses talents the user may not see, writing nothing', async () => {
    const before = await db.prisma.auditLog.count()
    const foreign = await mutate(county.agents.westStaff, RecordEventParticipants, {
      ...op(),
      eventId: salon,
      talentIds: [talents.west, talents.east1],
    })
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', message: '其中 1 名人才不存在或无权查看' })
    const removed = await mutate(county.agents.westStaff, RemoveEventParticipant, {
      ...op(),
      eventId: salon,
      talentId: talents.east2,
    })
    expect(removed.code).toBe('NOT_FOUND')
    const malformed = await mutate(county.agents.westStaff, RecordEventParticipants, {
      ...op(),
      eventId: salon,
      talentIds: ['x'],
    })
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT', message: '人才编号格式不正确（应为 UUID）' })
    expect(await db.prisma.auditLog.count()).toBe(before)
    expect(await db.prisma.serviceEventParticipant.count({ where: { eventId: salon } })).toBe(3)
  })

  it('removes a participant recorded by mistake', async () => {
    const removed = await mutate(county.agents.eastStaff, RemoveEventParticipant, {
      ...op(),
      eventId: salon,
      talentId: talents.east2,
    })
    expect(removed.data).toMatchObject({ participantCount: 2, participants: [{ name: '东一' }] })
    const page = await county.agents.eastStaff.request(EventsAttendedQuery, { id: talentId(talents.east2) })
    expect(page.data?.node).toMatchObject({ name: '东二', eventsAttended: [] })
  })

  it('is edited by its organiser or the office, under the version', async () => {
    const byWest = await mutate(county.agents.westManager, UpdateServiceEvent, {
      ...op(),
      id: salon,
      version: 1,
      place: '西部',
    })
    expect(byWest.code).toBe('FORBIDDEN')
    const moved = await mutate(county.agents.eastManager, UpdateServiceEvent, {
      ...op(),
      id: salon,
      version: 1,
      place: '科创中心',
    })
    expect(moved.data).toMatchObject({ version: 2, place: '科创中心', title: '青年人才沙龙' })
    const stale = await mutate(county.agents.admin, UpdateServiceEvent, {
      ...op(),
      id: salon,
      version: 1,
      title: '改名',
    })
    expect(stale.code).toBe('CONFLICT')
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({
      version: 2,
      place: '科创中心',
      title: '青年人才沙龙',
    })
  })

  it('lists events by date range and organiser, newest first', async () => {
    const list = async (filters: VariablesOf<typeof ServiceEventsQuery> = {}) =>
      (await county.agents.eastStaff.request(ServiceEventsQuery, filters)).data?.serviceEvents.edges.map(
        (edge) => edge.node.title,
      )
    expect(await list()).toEqual(['人才看县城', '青年人才沙龙'])
    expect(await list({ from: '2026-05-01', to: '2026-05-31' })).toEqual(['青年人才沙龙'])
    expect(await list({ organiserUnitId: county.units.west.id })).toEqual(['人才看县城'])
    const backwards = await county.agents.eastStaff.request(ServiceEventsQuery, {
      from: '2026-06-01',
      to: '2026-05-01',
    })
    expect(backwards.errors?.[0]).toMatchObject({
      message: '开始日期不能晚于结束日期',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})
