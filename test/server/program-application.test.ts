// The east park coaches a talent for the provincial 双创 program, submits, is selected; the west park never
// sees it; leaders read the success rate per program and per unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { globalId, ids, mutateField, op, smallCounty, talentWithProject, type Agent } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let province: string
let city: string
const fields =
  'id uuid version status year batch note submittedAt decidedAt statusChangedAt program { name } unit { name } ' +
  'talent { name } project { title }'

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const { admin } = county.agents
  province = (
    await mutateField(
      admin,
      'createProgram',
      { ...ids(), code: 'JS-SC', name: '省双创计划', level: 'PROVINCE' },
      'uuid',
    )
  ).data!.uuid
  city = (
    await mutateField(admin, 'createProgram', { ...ids(), code: 'SZ-SC', name: '市双创计划', level: 'CITY' }, 'uuid')
  ).data!.uuid
})
afterAll(() => db?.close())

const apply = (agent: Agent, input: Record<string, unknown>) =>
  mutateField(agent, 'createProgramApplication', { ...ids(), programId: province, year: 2026, ...input }, fields)
const moveTo = (agent: Agent, id: string, version: number, to: string, reason?: string) =>
  mutateField(agent, 'moveProgramApplication', { ...op(), id, version, to, reason }, fields)

describe('programs', () => {
  it('are kept by the talent office only, with unique names and codes', async () => {
    const staff = await mutateField(
      county.agents.eastManager,
      'createProgram',
      { ...ids(), code: 'X', name: '县人才计划', level: 'DISTRICT' },
      'uuid',
    )
    expect(staff.code).toBe('FORBIDDEN')
    const twice = await mutateField(
      county.agents.admin,
      'createProgram',
      { ...ids(), code: 'JS-SC', name: '另一个', level: 'PROVINCE' },
      'uuid',
    )
    expect(twice).toMatchObject({ code: 'CONFLICT', message: '已有同名或同代码的人才工程（省双创计划，JS-SC）' })
    const listed = await county.agents.westStaff.requestText(`{ programs { name level } }`)
    expect(listed.data?.programs).toEqual([
      { name: '省双创计划', level: 'PROVINCE' },
      { name: '市双创计划', level: 'CITY' },
    ])
  })
})

describe('an application’s life', () => {
  it(
    'goes from reserve to selected, ' + 'refusing each wrong move with a Chinese message and writing nothing for it',
    async () => {
      const { eastStaff } = county.agents
      const { talentId, projectId } = await talentWithProject(eastStaff, { name: '周一', phone: '13500000001' })
      const created = await apply(eastStaff, { talentId, projectId, batch: '第一批', note: '博士，新材料方向' })
      expect(created.errors).toBeUndefined()
      expect(created.data).toMatchObject({
        status: 'RESERVE',
        version: 1,
        year: 2026,
        batch: '第一批',
        submittedAt: null,
        decidedAt: null,
        program: { name: '省双创计划' },
        unit: { name: '东部园区' },
        talent: { name: '周一' },
        project: { title: '新材料中试基地' },
      })
      const id = created.data!.uuid
      let version = 1
      const refused = async (to: string, code: string, message: string, reason?: string) => {
        const result = await moveTo(eastStaff, id, version, to, reason)
        expect({ code: result.code, message: result.message }).toEqual({ code, message })
        expect((await db.prisma.programApplication.findUniqueOrThrow({ where: { id } })).version).toBe(version)
      }
      const moved = async (to: string, reason?: string) => {
        const result = await moveTo(eastStaff, id, version, to, reason)
        expect(result.errors).toBeUndefined()
        version = result.data!.version
        return result.data!
      }

      await refused('SELECTED', 'CONFLICT', '尚未提交申报，不能登记评审结果（当前为“储备”）')
      await refused('RESERVE', 'CONFLICT', '申报已处于“储备”状态')
      expect(await moved('COACHING')).toMatchObject({ status: 'COACHING', version: 2 })
      await refused('RESERVE', 'BAD_USER_INPUT', '回退申报状态须填写原因')
      const submitted = await moved('SUBMITTED')
      expect(submitted.submittedAt).toEqual(expect.any(String))
      await refused('RESERVE', 'BAD_USER_INPUT', '只能回退一步（从“申报”只能退回“辅导”）', '撤回')
      const selected = await moved('SELECTED')
      expect(selected).toMatchObject({
        status: 'SELECTED',
        submittedAt: submitted.submittedAt,
        decidedAt: expect.any(String),
      })
      await refused('REJECTED', 'CONFLICT', '评审结果已登记为“入选”，如需更正，请先退回“申报”并填写原因')
      expect(await moved('SUBMITTED', '误登记了结果')).toMatchObject({
        status: 'SUBMITTED',
        decidedAt: null,
        submittedAt: submitted.submittedAt,
      })
      expect(await moved('REJECTED')).toMatchObject({ status: 'REJECTED', version: 6 })

      const audit = await db.prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { at: 'asc' } })
      expect(audit.map((entry) => entry.action)).toEqual([
        'createProgramApplication',
        ...Array(5).fill('moveProgramApplication'),
      ])
      expect(audit[4]).toMatchObject({
        reason: '误登记了结果',
        changes: { before: { status: 'SELECTED' }, after: { status: 'SUBMITTED', decidedAt: null } },
      })
    },
  )

  it('may skip coaching and go from reserve straight to submitted', async () => {
    const { talentId } = await talentWithProject(county.agents.eastManager, { name: '吴二', phone: '13500000002' })
    const created = await apply(county.agents.eastManager, { talentId, programId: city })
    expect((await moveTo(county.agents.eastManager, created.data!.uuid, 1, 'SUBMITTED')).data).toMatchObject({
      status: 'SUBMITTED',
      version: 2,
    })
  })

  it(
    'edits batch and note under the version, ' + 'and answers a stale version with CONFLICT and the current record',
    async () => {
      const { eastStaff, eastManager } = county.agents
      const { talentId } = await talentWithProject(eastStaff, { name: '郑三', phone: '13500000003' })
      const id = (await apply(eastStaff, { talentId, batch: '第一批', note: '初稿' })).data!.uuid
      expect(
        (
          await mutateField(
            eastManager,
            'updateProgramApplication',
            { ...op(), id, version: 1, note: '材料已齐' },
            fields,
          )
        ).data,
      ).toMatchObject({ version: 2, batch: '第一批', note: '材料已齐' })
      const stale = await mutateField(
        eastStaff,
        'updateProgramApplication',
        { ...op(), id, version: 1, batch: '第二批' },
        fields,
      )
      expect(stale.code).toBe('CONFLICT')
      expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ version: 2, note: '材料已齐', batch: '第一批' })
      expect((await moveTo(eastStaff, id, 1, 'COACHING')).code).toBe('CONFLICT')
      expect(await db.prisma.programApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
        version: 2,
        batch: '第一批',
        status: 'RESERVE',
      })
    },
  )
})

describe('creating an application', () => {
  it('refuses a second application of the same talent to the same program in the same year, in Chinese', async () => {
    const { talentId } = await talentWithProject(county.agents.eastStaff, { name: '王四', phone: '13500000004' })
    expect((await apply(county.agents.eastStaff, { talentId })).errors).toBeUndefined()
    const before = await db.prisma.auditLog.count()
    const again = await apply(county.agents.eastManager, { talentId })
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: '王四已在 2026 年申报“省双创计划”，同一人才工程每年只能申报一次（申报单位：东部园区）',
    })
    expect(await db.prisma.programApplication.count({ where: { talentId } })).toBe(1)
    expect(await db.prisma.auditLog.count()).toBe(before)
    expect((await apply(county.agents.eastStaff, { talentId, year: 2027 })).errors).toBeUndefined()
  })

  it(
    'lets one of several different applications for the same talent arriving at once win, the others get the ' +
      'Chinese CONFLICT',
    async () => {
      const { talentId } = await talentWithProject(county.agents.eastStaff, { name: '钱四', phone: '13500000010' })
      const results = await Promise.all(
        [county.agents.eastStaff, county.agents.eastManager, county.agents.eastHead].map((agent) =>
          apply(agent, { talentId, programId: city }),
        ),
      )
      expect(results.filter((result) => result.data)).toHaveLength(1)
      for (const result of results.filter((result) => result.errors)) {
        expect(result).toMatchObject({
          code: 'CONFLICT',
          message: expect.stringMatching(/^钱四已在 2026 年申报“市双创计划”，同一人才工程每年只能申报一次/),
        })
      }
      expect(await db.prisma.programApplication.count({ where: { talentId } })).toBe(1)
    },
  )

  it('answers a replay with the first result, also when the copies arrive at once', async () => {
    const { talentId } = await talentWithProject(county.agents.eastStaff, { name: '冯五', phone: '13500000005' })
    const input = { ...ids(), programId: province, year: 2026, talentId }
    const first = await mutateField(county.agents.eastStaff, 'createProgramApplication', input, 'uuid')
    const again = await mutateField(county.agents.eastStaff, 'createProgramApplication', input, 'uuid')
    expect(again).toMatchObject({ data: { uuid: first.data!.uuid }, errors: undefined })

    const { talentId: other } = await talentWithProject(county.agents.eastStaff, { name: '陈六', phone: '13500000006' })
    const burst = { ...ids(), programId: province, year: 2026, talentId: other }
    const results = await Promise.all(
      Array.from({ length: 5 }, () => mutateField(county.agents.eastStaff, 'createProgramApplication', burst, 'uuid')),
    )
    for (const result of results) expect(result).toMatchObject({ data: { uuid: burst.id }, errors: undefined })
    expect(await db.prisma.programApplication.count({ where: { talentId: { in: [talentId, other] } } })).toBe(2)
    expect(await db.prisma.auditLog.count({ where: { entityId: burst.id } })).toBe(1)
  })

  it(
    'needs a talent the user reaches, ' + 'their own unit unless they are the talent office, and a valid year',
    async () => {
      const east = await talentWithProject(county.agents.eastStaff, { name: '褚七', phone: '13500000007' })
      const before = await db.prisma.programApplication.count()
      expect((await apply(county.agents.westStaff, { talentId: east.talentId })).message).toBe('人才不存在或无权查看')
      expect(
        (await apply(county.agents.eastStaff, { talentId: east.talentId, unitId: county.units.west.id })).code,
      ).toBe('FORBIDDEN')
      expect(await apply(county.agents.eastStaff, { talentId: east.talentId, year: 1999 })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: '申报年度不正确',
      })
      const west = await talentWithProject(county.agents.westStaff, { name: '卫八', phone: '13500000008' })
      expect((await apply(county.agents.westStaff, { talentId: west.talentId, projectId: east.projectId })).code).toBe(
        'BAD_USER_INPUT',
      )
      expect(await db.prisma.programApplication.count()).toBe(before)
      const byOffice = await apply(county.agents.admin, { talentId: east.talentId, unitId: county.units.east.id })
      expect(byOffice.data).toMatchObject({ unit: { name: '东部园区' }, status: 'RESERVE' })
    },
  )
})

describe('another unit', () => {
  it('cannot see or change an east-park application, by list, node(id), the talent or a mutation', async () => {
    const { talentId } = await talentWithProject(county.agents.eastStaff, { name: '蒋九', phone: '13500000009' })
    const id = (await apply(county.agents.eastStaff, { talentId })).data!.uuid
    const look =
      `query ($id: ID!) { programApplications(first: 100) { edges { node { uuid } } } node(id: $id) { ` +
      `id ... on ProgramApplication { status } } }`
    const seen = async (agent: Agent) => {
      const result = await agent.requestText(look, { id: globalId('ProgramApplication', id) })
      return {
        listed: result.data?.programApplications.edges.some(
          (edge: { node: { uuid: string } }) => edge.node.uuid === id,
        ),
        byNode: Boolean(result.data?.node),
      }
    }
    expect(await seen(county.agents.eastStaff2)).toEqual({ listed: true, byNode: true })
    expect(await seen(county.agents.leader)).toEqual({ listed: true, byNode: true })
    expect(await seen(county.agents.westManager)).toEqual({ listed: false, byNode: false })
    expect(
      (
        await county.agents.hrss.requestText(`query ($id: ID!) { node(id: $id) { id } }`, {
          id: globalId('ProgramApplication', id),
        })
      ).data?.node,
    ).toBeNull()
    for (const change of [
      moveTo(county.agents.westManager, id, 1, 'COACHING'),
      mutateField(county.agents.westStaff, 'updateProgramApplication', { ...op(), id, version: 1, note: '改' }, 'uuid'),
    ]) {
      expect(await change).toMatchObject({ code: 'NOT_FOUND', message: '申报不存在或无权查看' })
    }
    expect((await db.prisma.programApplication.findUniqueOrThrow({ where: { id } })).version).toBe(1)
    const onTalent = await county.agents.eastManager.requestText(
      `query ($id: ID!) { node(id: $id) { ... on Talent { programApplications { uuid program { name } } } } }`,
      {
        id: Buffer.from(`Talent:${talentId}`).toString('base64'),
      },
    )
    expect(onTalent.data?.node.programApplications).toEqual([{ uuid: id, program: { name: '省双创计划' } }])
  })
})

describe('success rates', () => {
  const rates = `query ($year: Int!) { programSuccessRates(year: $year) {
    byProgramAndUnit { program { name } unit { name } submitted selected rejected pending successRate }
    byProgram { program { name } unit { name } submitted selected rejected pending successRate }
    byUnit { unit { name } submitted selected rejected pending successRate }
    total { submitted selected rejected pending successRate }
  } }`
  const row = (submitted: number, selected: number, rejected: number, pending: number, successRate: number | null) => ({
    submitted,
    selected,
    rejected,
    pending,
    successRate,
  })

  beforeAll(async () => {
    const { east, west } = county.units
    const spread: [string, string, string, number][] = [
      [province, east.id, 'SELECTED', 2],
      [province, east.id, 'REJECTED', 1],
      [province, east.id, 'SUBMITTED', 1],
      [province, east.id, 'RESERVE', 1],
      [province, west.id, 'REJECTED', 2],
      [city, east.id, 'SUBMITTED', 2],
      [city, west.id, 'SELECTED', 1],
      [city, west.id, 'COACHING', 1],
    ]
    const rows = spread.flatMap(([programId, unitId, status, count]) =>
      Array.from({ length: count }, () => ({ programId, unitId, status, talentId: uuidv7() })),
    )
    await db.prisma.talent.createMany({
      data: rows.map((application, n) => ({ id: application.talentId, name: `统计${n}` })),
    })
    await db.prisma.programApplication.createMany({
      data: rows.map((application) => ({
        ...application,
        id: uuidv7(),
        year: 2024,
        status: application.status as 'SELECTED',
      })),
    })
  })

  it('gives the county per program and per unit, computed by one grouped query', async () => {
    db.queries.length = 0
    const result = await county.agents.leader.requestText(rates, { year: 2024 })
    expect(result.errors).toBeUndefined()
    expect(db.queries.filter((query) => /GROUP BY/i.test(query))).toHaveLength(1)
    const east = { name: '东部园区' }
    const west = { name: '西部园区' }
    expect(result.data?.programSuccessRates).toEqual({
      byProgramAndUnit: [
        { program: { name: '省双创计划' }, unit: east, ...row(4, 2, 1, 1, 2 / 3) },
        { program: { name: '省双创计划' }, unit: west, ...row(2, 0, 2, 0, 0) },
        { program: { name: '市双创计划' }, unit: east, ...row(2, 0, 0, 2, null) },
        { program: { name: '市双创计划' }, unit: west, ...row(1, 1, 0, 0, 1) },
      ],
      byProgram: [
        { program: { name: '省双创计划' }, unit: null, ...row(6, 2, 3, 1, 0.4) },
        { program: { name: '市双创计划' }, unit: null, ...row(3, 1, 0, 2, 1) },
      ],
      byUnit: [
        { unit: east, ...row(6, 2, 1, 3, 2 / 3) },
        { unit: west, ...row(3, 1, 2, 0, 1 / 3) },
      ],
      total: row(9, 3, 3, 3, 0.5),
    })
  })

  it('lists a page of applications in the same few statements for 2 rows as for 10', async () => {
    const page =
      `query ($first: Int!) { programApplications(first: $first, year: 2024) { edges { node { uuid ` +
      `status program { name } unit { name } talent { name phone } project { title } } } } }`
    const statements = async (first: number) => {
      db.queries.length = 0
      const result = await county.agents.leader.requestText(page, { first })
      expect(result.data?.programApplications.edges).toHaveLength(first)
      return db.queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim())).length
    }
    expect(await statements(10)).toBe(await statements(2))
  })

  it('shows a park manager only their own unit, and is closed to staff and departments', async () => {
    const own = await county.agents.eastManager.requestText(rates, { year: 2024 })
    expect(own.data?.programSuccessRates.byUnit).toEqual([{ unit: { name: '东部园区' }, ...row(6, 2, 1, 3, 2 / 3) }])
    expect(own.data?.programSuccessRates.byProgramAndUnit.map((r: { unit: { name: string } }) => r.unit.name)).toEqual([
      '东部园区',
      '东部园区',
    ])
    expect(own.data?.programSuccessRates.total).toEqual(row(6, 2, 1, 3, 2 / 3))
    for (const agent of [county.agents.eastStaff, county.agents.hrss])
      expect((await agent.requestText(rates, { year: 2024 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect((await county.agents.admin.requestText(rates, { year: 2031 })).data?.programSuccessRates.total).toEqual(
      row(0, 0, 0, 0, null),
    )
  })
})
