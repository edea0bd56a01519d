// A staff member logs a lead from a phone; the park sees it once, the other park never.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { print } from 'graphql'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi, errorCode } from '../support/api.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { uniquePhone } from '../support/pipeline.ts'
import { graphql, type VariablesOf } from '../support/graphql.ts'

const CreateLeadWithTalent = graphql(`
  mutation CreateLeadWithTalent($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      uuid
      title
      stage
      status
      sourceChannel
      talent { name phone employer }
      unit { name }
      owner { name }
    }
  }
`)

const ListProjects = graphql(`
  query ListProjects {
    projects(first: 50) {
      edges { node { uuid title stage talent { name } } }
    }
  }
`)

const PeekProject = graphql(`
  query PeekProject($id: ID!) {
    node(id: $id) {
      id
      ... on Project { title }
    }
  }
`)

type LeadInput = VariablesOf<typeof CreateLeadWithTalent>['input']

let db: TestDatabase
let api: ReturnType<typeof createApi>
let eastStaff: Awaited<ReturnType<ReturnType<typeof createApi>['agent']>>
let westStaff: typeof eastStaff

const lead = (overrides: Partial<LeadInput> = {}): LeadInput => ({
  clientMutationId: uuidv7(),
  projectId: uuidv7(),
  talentId: uuidv7(),
  talentName: '张三',
  phone: uniquePhone(),
  employer: '南京大学',
  field: '新材料',
  sourceChannel: 'TALENT_AMBASSADOR',
  note: '在校友会上认识，有意回乡创业',
  ...overrides,
})

beforeAll(async () => {
  db = await openTestDatabase()
  api = createApi(db.prisma)
  const east = await createUnit(db.prisma, '东部园区')
  const west = await createUnit(db.prisma, '西部园区')
  await createUser(db.prisma, 'east.staff', 'STAFF', east.id)
  await createUser(db.prisma, 'west.staff', 'STAFF', west.id)
  eastStaff = await api.agent().login('east.staff')
  westStaff = await api.agent().login('west.staff')
})
afterAll(() => db?.close())

describe('createLead', () => {
  it('creates a project at stage LEAD with its talent, in the staff member’s unit, owned by them', async () => {
    const input = lead({ phone: '13812345678' })
    const result = await eastStaff.request(CreateLeadWithTalent, { input })
    expect(result.errors).toBeUndefined()
    expect(result.data?.createLead).toMatchObject({
      uuid: input.projectId,
      title: '张三（南京大学）项目',
      stage: 'LEAD',
      status: 'ACTIVE',
      sourceChannel: 'TALENT_AMBASSADOR',
      talent: { name: '张三', phone: '13812345678', employer: '南京大学' },
      unit: { name: '东部园区' },
      owner: { name: 'east.staff' },
    })
    const history = await db.prisma.stageChange.findMany({ where: { projectId: input.projectId } })
    expect(history).toMatchObject([{ fromStage: null, toStage: 'LEAD', toStatus: 'ACTIVE' }])
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: input.projectId } })
    expect(audit).toHaveLength(1)
  })

  it('keeps how the personal data was obtained, and the consent with who took it and when', async () => {
    const told = lead({
      talentName: '钱知情',
      employer: '宁波信息来源研究院',
      dataSource: 'EVENT_SIGNUP',
      consentGiven: true,
    })
    const untold = lead({ talentName: '孙未告知', employer: '宁波信息来源研究院', phone: null })
    expect((await eastStaff.request(CreateLeadWithTalent, { input: told })).errors).toBeUndefined()
    expect((await eastStaff.request(CreateLeadWithTalent, { input: untold })).errors).toBeUndefined()
    const staffId = (await db.prisma.user.findUniqueOrThrow({ where: { login: 'east.staff' } })).id
    const withConsent = await db.prisma.talent.findUniqueOrThrow({ where: { id: told.talentId } })
    const without = await db.prisma.talent.findUniqueOrThrow({ where: { id: untold.talentId } })
    expect(withConsent).toMatchObject({ dataSource: 'EVENT_SIGNUP', consentRecordedById: staffId })
    expect(withConsent.consentAt).toBeInstanceOf(Date)
    expect(withConsent.consentNoticeVersion).toBeTruthy()
    expect(without).toMatchObject({ dataSource: 'SELF_PROVIDED', consentAt: null, consentRecordedById: null })
  })

  it('keeps the two parks apart: each sees only its own projects', async () => {
    await westStaff.request(CreateLeadWithTalent, { input: lead({ talentName: '李四', phone: null }) })
    const east = await eastStaff.request(ListProjects)
    const west = await westStaff.request(ListProjects)
    const names = (result: typeof east) => result.data?.projects.edges.map((edge) => edge.node.talent.name)
    expect(names(east)).toContain('张三')
    expect(names(east)).not.toContain('李四')
    expect(names(west)).toEqual(['李四'])
  })

  it('does not let another park open an east-park project by its global id', async () => {
    const input = lead({ talentName: '王五' })
    const created = await eastStaff.request(CreateLeadWithTalent, { input })
    const id = created.data?.createLead.id
    expect(id).toEqual(expect.any(String))
    expect((await eastStaff.request(PeekProject, { id: id! })).data?.node).toMatchObject({
      id,
      title: '王五（南京大学）项目',
    })
    const peek = await westStaff.request(PeekProject, { id: id! })
    expect(peek.errors).toBeUndefined()
    expect(peek.data?.node).toBeNull()
  })

  it('answers a replayed write with the first result and writes nothing more', async () => {
    const input = lead({ talentName: '赵六' })
    const first = await eastStaff.request(CreateLeadWithTalent, { input })
    const again = await eastStaff.request(CreateLeadWithTalent, { input })
    expect(again.errors).toBeUndefined()
    expect(again.data?.createLead.uuid).toBe(first.data?.createLead.uuid)
    expect(await db.prisma.project.count({ where: { id: input.projectId } })).toBe(1)
    expect(await db.prisma.talent.count({ where: { name: '赵六' } })).toBe(1)
  })

  it('leaves one row when the same write arrives several times at once', async () => {
    const input = lead({ talentName: '孙七' })
    const results = await Promise.all(
      Array.from({ length: 5 }, () => eastStaff.request(CreateLeadWithTalent, { input })),
    )
    for (const result of results) expect(result.data?.createLead.uuid).toBe(input.projectId)
    expect(await db.prisma.talent.count({ where: { name: '孙七' } })).toBe(1)
    expect(await db.prisma.stageChange.count({ where: { projectId: input.projectId } })).toBe(1)
    expect(await db.prisma.appliedMutation.count({ where: { clientMutationId: input.clientMutationId } })).toBe(1)
  })

  it.each([
    ['an empty name', { talentName: '   ' }, 'talentName', '人才姓名不能为空'],
    ['a malformed phone', { phone: '1234' }, 'phone', '电话号码格式不正确'],
    ['an id that is not a UUID', { projectId: 'not-a-uuid' }, 'projectId', '项目编号格式不正确'],
  ])('refuses %s with a coded Chinese message and writes nothing', async (_case, overrides, field, message) => {
    const before = await db.prisma.project.count()
    const result = await eastStaff.request(CreateLeadWithTalent, { input: lead(overrides) })
    expect(errorCode(result)).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toContain(message)
    expect(result.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ field })])
    expect(await db.prisma.project.count()).toBe(before)
    expect(await db.prisma.talent.count()).toBe(before)
  })

  it('refuses an unknown source channel before anything runs', async () => {
    const before = await db.prisma.project.count()
    // A value the enum does not have: no typed document can send it.
    const result = await eastStaff.requestText<null>(print(CreateLeadWithTalent), {
      input: { ...lead(), sourceChannel: 'CARRIER_PIGEON' },
    })
    expect(errorCode(result)).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toBe('输入不合法：input.sourceChannel 的值“CARRIER_PIGEON”不是可选项')
    expect(await db.prisma.project.count()).toBe(before)
  })

  it('refuses a visitor who is not signed in', async () => {
    const result = await api.agent().request(CreateLeadWithTalent, { input: lead() })
    expect(errorCode(result)).toBe('UNAUTHENTICATED')
    expect(result.errors?.[0]?.message).toBe('请先登录')
  })
})
