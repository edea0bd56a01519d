// The talent office keeps the 考核办法 as data: indicators, rates and each unit's targets, under version and
// audited; a new year starts as a copy of the last; nobody else may touch it; bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit } from '../support/fixtures.ts'
import { ids, mutate, op, smallCounty } from '../support/pipeline.ts'
import { graphql } from '../support/graphql.ts'

const CreateAssessmentScheme = graphql(`
  mutation CreateAssessmentScheme($input: CreateAssessmentSchemeInput!) {
    createAssessmentScheme(input: $input) {
      id
      year
      name
      overBonusRate
      overBonusCapRatio
      classBonusA
      classBonusCap
      youthAgeLimit
      version
      indicators { uuid code name weight unitKinds version targets { unit { name } value } }
    }
  }
`)

const CreateIndicator = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      uuid
      code
      weight
      unitKinds
      version
    }
  }
`)

const SetTargets = graphql(`
  mutation SetTargets($input: SetTargetsInput!) {
    setTargets(input: $input) {
      id
      indicators { targets { unit { name } value } }
    }
  }
`)

const UpdateAssessmentScheme = graphql(`
  mutation UpdateAssessmentScheme($input: UpdateAssessmentSchemeInput!) {
    updateAssessmentScheme(input: $input) {
      overBonusRate
      classBonusCap
      version
    }
  }
`)

const DeleteIndicator = graphql(`
  mutation DeleteIndicator($input: DeleteIndicatorInput!) {
    deleteIndicator(input: $input)
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let town: { id: string }
let schemeId: string
let landedId: string

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  town = await createUnit(db.prisma, '青山镇', 'TOWN')
})
afterAll(() => db?.close())

const admin = () => county.agents.admin

describe('a year’s scheme', () => {
  it('starts with the speech’s rates when there is no earlier year, and takes indicators and targets', async () => {
    const created = await mutate(admin(), CreateAssessmentScheme, { ...ids(), year: 2026 })
    expect(created.errors).toBeUndefined()
    expect(created.data).toMatchObject({
      year: 2026,
      name: '2026年度人才工作目标责任制考核办法',
      overBonusRate: 0.5,
      overBonusCapRatio: 0.2,
      classBonusA: 1,
      classBonusCap: 5,
      youthAgeLimit: 35,
      indicators: [],
    })
    schemeId = (await db.prisma.assessmentScheme.findUniqueOrThrow({ where: { year: 2026 } })).id
    const landed = await mutate(admin(), CreateIndicator, {
      ...ids(),
      schemeId,
      code: 'LANDED',
      name: '人才项目落地注册',
      metric: 'PROJECTS_LANDED',
      weight: 20,
      unitKinds: ['PARK', 'TOWN'],
    })
    expect(landed.data).toMatchObject({ code: 'LANDED', weight: 20, unitKinds: ['PARK', 'TOWN'], version: 1 })
    landedId = landed.data!.uuid
    const saved = await mutate(admin(), SetTargets, {
      ...op(),
      schemeId,
      targets: [
        { indicatorId: landedId, unitId: county.units.east.id, value: 8 },
        { indicatorId: landedId, unitId: county.units.west.id, value: 8 },
        { indicatorId: landedId, unitId: town.id, value: 2 },
      ],
    })
    expect(saved.data!.indicators[0]!.targets.map((t) => `${t.unit.name} ${t.value}`).sort()).toEqual([
      '东部园区 8',
      '西部园区 8',
      '青山镇 2',
    ])
  })

  it(
    'refuses targets for units the indicator does not assess, a wrong indicator, or a negative value, saving none ' +
      'of them',
    async () => {
      const refused = await mutate(admin(), SetTargets, {
        ...op(),
        schemeId,
        targets: [
          { indicatorId: landedId, unitId: county.units.east.id, value: 9 },
          { indicatorId: landedId, unitId: county.units.hrss.id, value: 3 },
          { indicatorId: uuidv7(), unitId: county.units.west.id, value: 1 },
        ],
      })
      expect(refused).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: '第 2 项：人社局不参加“人才项目落地注册”考核；第 3 项：指标不属于 2026 年度考核办法',
      })
      const negative = await mutate(admin(), SetTargets, {
        ...op(),
        schemeId,
        targets: [{ indicatorId: landedId, unitId: county.units.east.id, value: -1 }],
      })
      expect(negative).toMatchObject({ code: 'BAD_USER_INPUT', message: '目标值不能为负' })
      const east = await db.prisma.target.findFirstOrThrow({
        where: { indicatorId: landedId, unitId: county.units.east.id },
      })
      expect(Number(east.value)).toBe(8)
    },
  )

  it(
    'refuses a target with more than two decimals instead of rounding it, and keeps a float’s noise as the number ' +
      'it means',
    async () => {
      const precise = await mutate(admin(), SetTargets, {
        ...op(),
        schemeId,
        targets: [{ indicatorId: landedId, unitId: county.units.east.id, value: 3.6364 }],
      })
      expect(precise).toMatchObject({ code: 'BAD_USER_INPUT', message: '目标值最多保留两位小数' })
      const east = await db.prisma.target.findFirstOrThrow({
        where: { indicatorId: landedId, unitId: county.units.east.id },
      })
      expect(Number(east.value)).toBe(8)
      const noisy = await mutate(admin(), SetTargets, {
        ...op(),
        schemeId,
        targets: [{ indicatorId: landedId, unitId: town.id, value: 1.1 * 3 }],
      })
      expect(noisy.data!.indicators[0]!.targets.find((t) => t.unit.name === '青山镇')?.value).toBe(3.3)
      await mutate(admin(), SetTargets, {
        ...op(),
        schemeId,
        targets: [{ indicatorId: landedId, unitId: town.id, value: 2 }],
      })
    },
  )

  it('saves a replayed change once, audits what changed, and answers the first result', async () => {
    const input = {
      ...op(),
      schemeId,
      targets: [
        { indicatorId: landedId, unitId: county.units.east.id, value: 10 },
        { indicatorId: landedId, unitId: town.id, value: 2 },
      ],
    }
    const [first, second] = await Promise.all([mutate(admin(), SetTargets, input), mutate(admin(), SetTargets, input)])
    expect(first.errors ?? second.errors).toBeUndefined()
    expect(second.data).toEqual(first.data)
    const audit = await db.prisma.auditLog.findMany({
      where: { action: 'setTargets', entityId: schemeId },
      orderBy: { at: 'asc' },
    })
    expect(audit.at(-1)!.changes).toEqual({ before: { 'LANDED/东部园区': 8 }, after: { 'LANDED/东部园区': 10 } })
    expect(audit.filter((entry) => JSON.stringify(entry.changes).includes('"LANDED/东部园区":10'))).toHaveLength(1)
    const east = await db.prisma.target.findFirstOrThrow({
      where: { indicatorId: landedId, unitId: county.units.east.id },
    })
    expect({ value: Number(east.value), version: east.version }).toEqual({ value: 10, version: 2 })
  })

  it('changes rates under version: a stale version is a conflict and changes nothing', async () => {
    const updated = await mutate(admin(), UpdateAssessmentScheme, {
      ...op(),
      id: schemeId,
      version: 1,
      overBonusRate: 0.6,
      classBonusCap: 6,
    })
    expect(updated.data).toEqual({ overBonusRate: 0.6, classBonusCap: 6, version: 2 })
    const stale = await mutate(admin(), UpdateAssessmentScheme, {
      ...op(),
      id: schemeId,
      version: 1,
      overBonusRate: 0.9,
    })
    expect(stale.code).toBe('CONFLICT')
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'updateAssessmentScheme', entityId: schemeId },
    })
    expect(audit.changes).toEqual({
      before: { overBonusRate: 0.5, classBonusCap: 5 },
      after: { overBonusRate: 0.6, classBonusCap: 6 },
    })
    const bad = await mutate(admin(), UpdateAssessmentScheme, {
      ...op(),
      id: schemeId,
      version: 2,
      overBonusCapRatio: -0.1,
      youthAgeLimit: 80,
    })
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', message: '超额加分上限不能为负；青年年龄上限不能超过 60' })
  })

  it('is the talent office’s alone', async () => {
    for (const agent of ['leader', 'eastHead', 'eastManager'] as const) {
      const attempt = await mutate(county.agents[agent], SetTargets, {
        ...op(),
        schemeId,
        targets: [{ indicatorId: landedId, unitId: county.units.east.id, value: 1 }],
      })
      expect(attempt.code).toBe('FORBIDDEN')
    }
    expect(
      Number(
        (await db.prisma.target.findFirstOrThrow({ where: { indicatorId: landedId, unitId: county.units.east.id } }))
          .value,
      ),
    ).toBe(10)
  })
})

describe('a new year', () => {
  it('starts as a copy of the last: rates, indicators and targets, with the year in its name', async () => {
    await db.prisma.assessmentScheme.update({
      where: { id: schemeId },
      data: { name: '2026年度人才工作目标责任制考核办法（修订）' },
    })
    const copied = await mutate(admin(), CreateAssessmentScheme, { ...ids(), year: 2027 })
    expect(copied.errors).toBeUndefined()
    expect(copied.data).toMatchObject({
      year: 2027,
      name: '2027年度人才工作目标责任制考核办法（修订）',
      overBonusRate: 0.6,
      classBonusCap: 6,
      version: 1,
    })
    expect(copied.data!.indicators).toHaveLength(1)
    expect(copied.data!.indicators[0]).toMatchObject({ code: 'LANDED', weight: 20, version: 1 })
    expect(copied.data!.indicators[0]!.uuid).not.toBe(landedId)
    expect(copied.data!.indicators[0]!.targets.map((t) => t.value).sort()).toEqual([10, 2, 8])
    const again = await mutate(admin(), CreateAssessmentScheme, { ...ids(), year: 2027 })
    expect(again).toMatchObject({ code: 'CONFLICT', message: '2027 年度已有考核办法' })
    const nothing = await mutate(admin(), CreateAssessmentScheme, { ...ids(), year: 2030, copyFromYear: 2019 })
    expect(nothing).toMatchObject({ code: 'BAD_USER_INPUT', message: '2019 年度没有考核办法可复制' })
  })

  it('lets an indicator go only with a reason, taking its targets with it', async () => {
    const scheme = await db.prisma.assessmentScheme.findUniqueOrThrow({
      where: { year: 2027 },
      include: { indicators: true },
    })
    const indicator = scheme.indicators[0]!
    const remove = (reason: string) =>
      admin().request(DeleteIndicator, { input: { ...op(), id: indicator.id, version: 1, reason } })
    const noReason = await remove(' ')
    expect(noReason.errors?.[0]).toMatchObject({ message: '删除原因不能为空', extensions: { code: 'BAD_USER_INPUT' } })
    const deleted = await remove('2027 年不再考核')
    expect(deleted).toEqual({ data: { deleteIndicator: true } })
    expect(await db.prisma.target.count({ where: { indicatorId: indicator.id } })).toBe(0)
    expect(await db.prisma.target.count({ where: { indicatorId: landedId } })).toBe(3)
  })
})
