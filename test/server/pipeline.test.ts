// A project from lead to operating, with every gate, every refused move and its message, and the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import {
  MoveProjectCredit,
  MoveProjectStage,
  RecordLanding,
  RecordSigning,
  SetProjectStatus,
  UpdateProject,
} from '../support/documents.ts'
import type { VariablesOf } from '../support/graphql.ts'
import { makeUscc } from '@talent/rules/uscc'
import { countyDay } from '../../server/src/domain/ledger/ledger-dates.ts'

type Stage = VariablesOf<typeof MoveProjectStage>['input']['to']

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

describe('the stage machine through the API', () => {
  it('takes a project from lead to operating through every gate, and keeps the whole history', async () => {
    const { eastStaff } = county.agents
    const { projectId } = await talentWithProject(eastStaff)
    let version = (await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).version
    const move = async (to: Stage, reason?: string) => {
      const result = await mutate(eastStaff, MoveProjectStage, { ...op(), id: projectId, version, to, reason })
      if (result.data) version = result.data.version
      return result
    }

    expect((await move('NEGOTIATING')).data).toMatchObject({ stage: 'NEGOTIATING' })
    const unsigned = await move('SIGNED')
    expect(unsigned).toMatchObject({ code: 'BAD_USER_INPUT' })
    expect(unsigned.message).toMatch(/签约信息/)

    const signing = await mutate(eastStaff, RecordSigning, {
      ...op(),
      id: projectId,
      signedAt: '2026-11-20',
      agreementKind: 'INVESTMENT',
      investmentAgreed: '1200',
    })
    expect(signing.errors).toBeUndefined()
    version = signing.data!.version
    expect((await move('SIGNED')).data).toMatchObject({ stage: 'SIGNED' })

    expect((await move('LANDED')).message).toMatch(/落地企业/)
    const badCode = await mutate(eastStaff, RecordLanding, {
      ...op(),
      id: projectId,
      companyName: '恒芯新材料科技有限公司',
      uscc: '91330782MA2ABCDEF0',
      registeredAt: '2026-11-22',
    })
    expect(badCode).toMatchObject({ code: 'BAD_USER_INPUT' })
    expect(badCode.message).toMatch(/校验位/)
    expect(await db.prisma.landing.count({ where: { projectId } })).toBe(0)

    const landing = await mutate(eastStaff, RecordLanding, {
      ...op(),
      id: projectId,
      companyName: '恒芯新材料科技有限公司',
      uscc: makeUscc('91330782MA2ABCDEF'),
      registeredAt: '2026-11-22',
    })
    expect(landing.errors).toBeUndefined()
    expect((await move('LANDED')).data).toMatchObject({ stage: 'LANDED' })
    expect((await move('OPERATING')).data).toMatchObject({ stage: 'OPERATING' })

    expect((await move('SIGNED', '误操作')).message).toMatch(/只能回退一个阶段/)
    expect((await move('LANDED')).message).toMatch(/回退阶段须填写原因/)
    expect((await move('LANDED', '尚未投产，误报')).data).toMatchObject({ stage: 'LANDED' })

    const history = await db.prisma.stageChange.findMany({ where: { projectId }, orderBy: { at: 'asc' } })
    expect(history.map((change) => change.toStage)).toEqual([
      'LEAD',
      'NEGOTIATING',
      'SIGNED',
      'LANDED',
      'OPERATING',
      'LANDED',
    ])
    expect(history.at(-1)).toMatchObject({ fromStage: 'OPERATING', note: '尚未投产，误报' })
  })

  it('pauses and loses a project with a reason, keeping the stage it reached', async () => {
    const { eastStaff } = county.agents
    const { projectId, version } = await talentWithProject(eastStaff, { phone: '13900002222' })
    const noReason = await mutate(eastStaff, SetProjectStatus, {
      ...op(),
      id: projectId,
      version,
      status: 'LOST',
    })
    expect(noReason).toMatchObject({ code: 'BAD_USER_INPUT' })
    expect(noReason.message).toMatch(/流失须填写原因/)
    const lost = await mutate(eastStaff, SetProjectStatus, {
      ...op(),
      id: projectId,
      version,
      status: 'LOST',
      reason: '已在外省落户',
    })
    expect(lost.data).toMatchObject({ stage: 'LEAD', status: 'LOST' })
    const frozen = await mutate(eastStaff, MoveProjectStage, {
      ...op(),
      id: projectId,
      version: lost.data!.version,
      to: 'CONTACTED',
    })
    expect(frozen).toMatchObject({ code: 'CONFLICT' })
    expect(frozen.message).toMatch(/已流失/)
    const back = await mutate(eastStaff, SetProjectStatus, {
      ...op(),
      id: projectId,
      version: lost.data!.version,
      status: 'ACTIVE',
    })
    expect(back.data).toMatchObject({ status: 'ACTIVE' })
  })

  it('answers a stale version with CONFLICT carrying the current record, and changes nothing', async () => {
    const { eastStaff, eastManager } = county.agents
    const { projectId, version } = await talentWithProject(eastStaff, { phone: '13900003333' })
    expect(
      (await mutate(eastManager, UpdateProject, { ...op(), id: projectId, version, title: '经理改的名字' })).errors,
    ).toBeUndefined()
    const stale = await mutate(eastStaff, UpdateProject, {
      ...op(),
      id: projectId,
      version,
      title: '专员改的名字',
    })
    expect(stale.code).toBe('CONFLICT')
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ title: '经理改的名字', version: version + 1 })
    expect((await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).title).toBe('经理改的名字')
  })

  it('audits every change with the fields before and after', async () => {
    const { eastStaff } = county.agents
    const { projectId, version } = await talentWithProject(eastStaff, { phone: '13900004444' })
    await mutate(eastStaff, UpdateProject, {
      ...op(),
      id: projectId,
      version,
      title: '改过的名字',
      industry: '生物医药',
    })
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: projectId, action: 'updateProject' } })
    expect(entry.changes).toEqual({
      before: { title: '新材料中试基地', industry: null },
      after: { title: '改过的名字', industry: '生物医药' },
    })
  })

  it('lets only the talent office move credit, and only with a reason', async () => {
    const { eastManager, admin } = county.agents
    const { projectId, version } = await talentWithProject(county.agents.eastStaff, { phone: '13900005555' })
    const input = {
      ...op(),
      id: projectId,
      version,
      creditUnitId: county.units.west.id,
      reason: '西部园区引荐，协商后计入西部',
    }
    expect((await mutate(eastManager, MoveProjectCredit, input)).code).toBe('FORBIDDEN')
    expect((await mutate(admin, MoveProjectCredit, { ...input, ...op(), reason: ' ' })).code).toBe('BAD_USER_INPUT')
    expect((await mutate(admin, MoveProjectCredit, { ...input, ...op() })).errors).toBeUndefined()
    const project = await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })
    expect(project).toMatchObject({ unitId: county.units.east.id, creditUnitId: county.units.west.id })
    expect(
      await db.prisma.auditLog.findFirst({ where: { entityId: projectId, action: 'moveProjectCredit' } }),
    ).toMatchObject({ reason: input.reason })
  })
})

describe('the signing and landing forms', () => {
  const day = (offset: number) => countyDay(new Date(Date.now() + offset * 86_400_000))

  it('take the days the 台账 import takes: a landing before its signing, never a day after today', async () => {
    const project = await db.prisma.project.create({
      data: {
        title: '表单项目',
        talentId: (await db.prisma.talent.create({ data: { name: '周一' } })).id,
        unitId: county.units.east.id,
        creditUnitId: county.units.east.id,
        sourceChannel: 'OTHER',
        createdById: county.people.admin.id,
        stage: 'NEGOTIATING',
      },
    })
    const agent = county.agents.eastManager
    const future = await mutate(agent, RecordSigning, {
      ...op(),
      id: project.id,
      signedAt: day(1),
      agreementKind: 'INVESTMENT',
    })
    expect(future.errors?.[0]).toMatchObject({
      message: `签约日期（${day(1)}）不能晚于今天（${day(0)}）`,
      extensions: { code: 'BAD_USER_INPUT' },
    })
    const signed = await mutate(agent, RecordSigning, {
      ...op(),
      id: project.id,
      signedAt: day(-5),
      agreementKind: 'INVESTMENT',
    })
    expect(signed.errors).toBeUndefined()
    const landing = {
      id: project.id,
      companyName: '周一科技',
      uscc: makeUscc('91330100MA2H00041'),
      registeredAt: day(-30),
    }
    expect((await mutate(agent, RecordLanding, { ...op(), ...landing })).errors).toBeUndefined()
    expect((await mutate(agent, RecordLanding, { ...op(), ...landing, registeredAt: day(2) })).message).toBe(
      `注册日期（${day(2)}）不能晚于今天（${day(0)}）`,
    )
  })
})
