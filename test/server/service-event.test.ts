// The east park holds a salon; its staff record the talents who came (twice, by mistake: they count once), the
// west park records its own; everyone sees how many came, each unit only the talents it may see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { ids, mutateField, op, smallCounty, talentWithProject, type Agent } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let salon: string
const talents = { east1: '', east2: '', west: '' }
const fields = 'uuid version title kind heldOn place organiserUnit { name } participantCount participants { uuid name }'
const talentId = (id: string) => Buffer.from(`Talent:${id}`).toString('base64')
const eventOf = async (agent: Agent, id = salon) =>
  (
    await agent.requestText(
      `query ($id: ID!) { node(id: $id) { ... on ServiceEvent { participantCount participants { name } } } }`,
      { id: Buffer.from(`ServiceEvent:${id}`).toString('base64') },
    )
  ).data?.node

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  talents.east1 = (await talentWithProject(county.agents.eastStaff, { name: '东一', phone: '13400000001' })).talentId
  talents.east2 = (await talentWithProject(county.agents.eastStaff, { name: '东二', phone: '13400000002' })).talentId
  talents.west = (await talentWithProject(county.agents.westStaff, { name: '西一', phone: '13400000003' })).talentId
  const created = await mutateField(
    county.agents.eastManager,
    'createServiceEvent',
    { ...ids(), kind: 'SALON', title: '青年人才沙龙', heldOn: '2026-05-20', place: '东部园区人才之家' },
    fields,
  )
  expect(created.errors).toBeUndefined()
  salon = created.data!.uuid
})
afterAll(() => db?.close())

describe('service events', () => {
  it('are created by the office or a unit’s manager for their own unit, with checked input', async () => {
    expect(
      (
        await mutateField(
          county.agents.eastStaff,
          'createServiceEvent',
          { ...ids(), kind: 'SALON', title: '沙龙', heldOn: '2026-05-21' },
          'uuid',
        )
      ).code,
    ).toBe('FORBIDDEN')
    const forWest = {
      ...ids(),
      kind: 'COUNTY_TOUR',
      title: '人才看县城',
      heldOn: '2026-06-01',
      organiserUnitId: county.units.west.id,
    }
    expect((await mutateField(county.agents.eastManager, 'createServiceEvent', forWest, 'uuid')).code).toBe('FORBIDDEN')
    const before = await db.prisma.serviceEvent.count()
    const blank = await mutateField(
      county.agents.eastManager,
      'createServiceEvent',
      { ...ids(), kind: 'SALON', title: '  ', heldOn: '2026-05-21' },
      'uuid',
    )
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', message: '活动名称不能为空' })
    expect(await db.prisma.serviceEvent.count()).toBe(before)
    const byOffice = await mutateField(county.agents.admin, 'createServiceEvent', forWest, fields)
    expect(byOffice.data).toMatchObject({
      title: '人才看县城',
      heldOn: '2026-06-01',
      organiserUnit: { name: '西部园区' },
      participantCount: 0,
      participants: [],
    })
    const results = await Promise.all(
      Array.from({ length: 4 }, () => mutateField(county.agents.admin, 'createServiceEvent', forWest, 'uuid')),
    )
    for (const result of results) expect(result).toMatchObject({ data: { uuid: forWest.id }, errors: undefined })
    expect(await db.prisma.serviceEvent.count({ where: { id: forWest.id } })).toBe(1)
  })

  it('records participants idempotently, and shows the event on the talent’s page', async () => {
    const { eastStaff, westStaff } = county.agents
    const input = { ...op(), eventId: salon, talentIds: [talents.east1, talents.east2, talents.east1] }
    expect((await mutateField(eastStaff, 'recordEventParticipants', input, fields)).data).toMatchObject({
      participantCount: 2,
    })
    expect((await mutateField(eastStaff, 'recordEventParticipants', input, fields)).data).toMatchObject({
      participantCount: 2,
    })
    const again = await mutateField(eastStaff, 'recordEventParticipants', { ...input, ...op() }, fields)
    expect(again.data).toMatchObject({ participantCount: 2, participants: [{ name: '东一' }, { name: '东二' }] })
    expect(
      (
        await mutateField(
          westStaff,
          'recordEventParticipants',
          { ...op(), eventId: salon, talentIds: [talents.west] },
          fields,
        )
      ).data,
    ).toMatchObject({ participantCount: 3 })
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

    const page = await eastStaff.requestText(
      `query ($id: ID!) { node(id: $id) { ... on Talent { name eventsAttended { title heldOn participantCount } } } }`,
      { id: talentId(talents.east1) },
    )
    expect(page.data?.node).toEqual({
      name: '东一',
      eventsAttended: [{ title: '青年人才沙龙', heldOn: '2026-05-20', participantCount: 3 }],
    })
  })

  it('shows every unit how many came, but only the talents each may see', async () => {
    expect(await eventOf(county.agents.westManager)).toEqual({ participantCount: 3, participants: [{ name: '西一' }] })
    expect(await eventOf(county.agents.eastStaff2)).toEqual({
      participantCount: 3,
      participants: [{ name: '东一' }, { name: '东二' }],
    })
    expect(await eventOf(county.agents.hrss)).toEqual({ participantCount: 3, participants: [] })
    expect((await eventOf(county.agents.leader)).participants).toHaveLength(3)
    const listed = await county.agents.westStaff.requestText(
      `{ serviceEvents(first: 10, kind: SALON) { edges { node { title participantCount participants { name } } } } }`,
    )
    expect(listed.data?.serviceEvents.edges).toEqual([
      { node: { title: '青年人才沙龙', participantCount: 3, participants: [{ name: '西一' }] } },
    ])
  })

  it('refuses talents the user may not see, writing nothing', async () => {
    const before = await db.prisma.auditLog.count()
    const foreign = await mutateField(
      county.agents.westStaff,
      'recordEventParticipants',
      { ...op(), eventId: salon, talentIds: [talents.west, talents.east1] },
      'uuid',
    )
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', message: '其中 1 名人才不存在或无权查看' })
    expect(
      (
        await mutateField(
          county.agents.westStaff,
          'removeEventParticipant',
          { ...op(), eventId: salon, talentId: talents.east2 },
          'uuid',
        )
      ).code,
    ).toBe('NOT_FOUND')
    const malformed = await mutateField(
      county.agents.westStaff,
      'recordEventParticipants',
      { ...op(), eventId: salon, talentIds: ['x'] },
      'uuid',
    )
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT', message: '人才编号格式不正确（应为 UUID）' })
    expect(await db.prisma.auditLog.count()).toBe(before)
    expect(await db.prisma.serviceEventParticipant.count({ where: { eventId: salon } })).toBe(3)
  })

  it('removes a participant recorded by mistake', async () => {
    const removed = await mutateField(
      county.agents.eastStaff,
      'removeEventParticipant',
      { ...op(), eventId: salon, talentId: talents.east2 },
      fields,
    )
    expect(removed.data).toMatchObject({ participantCount: 2, participants: [{ name: '东一' }] })
    const page = await county.agents.eastStaff.requestText(
      `query ($id: ID!) { node(id: $id) { ... on Talent { eventsAttended { title } } } }`,
      { id: talentId(talents.east2) },
    )
    expect(page.data?.node.eventsAttended).toEqual([])
  })

  it('is edited by its organiser or the office, under the version', async () => {
    expect(
      (
        await mutateField(
          county.agents.westManager,
          'updateServiceEvent',
          { ...op(), id: salon, version: 1, place: '西部' },
          'uuid',
        )
      ).code,
    ).toBe('FORBIDDEN')
    const moved = await mutateField(
      county.agents.eastManager,
      'updateServiceEvent',
      { ...op(), id: salon, version: 1, place: '科创中心' },
      fields,
    )
    expect(moved.data).toMatchObject({ version: 2, place: '科创中心', title: '青年人才沙龙' })
    const stale = await mutateField(
      county.agents.admin,
      'updateServiceEvent',
      { ...op(), id: salon, version: 1, title: '改名' },
      fields,
    )
    expect(stale.code).toBe('CONFLICT')
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({
      version: 2,
      place: '科创中心',
      title: '青年人才沙龙',
    })
  })

  it('lists events by date range and organiser, newest first', async () => {
    const list = async (args: string) =>
      (
        await county.agents.eastStaff.requestText(`{ serviceEvents(first: 10${args}) { edges { node { title } } } }`)
      ).data?.serviceEvents.edges.map((edge: { node: { title: string } }) => edge.node.title)
    expect(await list('')).toEqual(['人才看县城', '青年人才沙龙'])
    expect(await list(', from: "2026-05-01", to: "2026-05-31"')).toEqual(['青年人才沙龙'])
    expect(await list(`, organiserUnitId: "${county.units.west.id}"`)).toEqual(['人才看县城'])
    const backwards = await county.agents.eastStaff.requestText(
      `{ serviceEvents(from: "2026-06-01", to: "2026-05-01") { edges { node { title } } } }`,
    )
    expect(backwards.errors?.[0]).toMatchObject({
      message: '开始日期不能晚于结束日期',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})
