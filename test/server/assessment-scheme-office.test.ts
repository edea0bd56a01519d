// What the office's 考核方案 screens rely on: a new year copied with or without its targets, or started empty;
// a targets sheet previewed cell by cell before anything is saved; and issued reports that keep their numbers
// whatever the scheme, its indicators or its targets become afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { resetClock, setClock } from '../support/clock.ts'
import { createUnit } from '../support/fixtures.ts'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, op, smallCounty } from '../support/pipeline.ts'

const CreateScheme = graphql(`
  mutation SchemeTestCreateScheme($input: CreateAssessmentSchemeInput!) {
    createAssessmentScheme(input: $input) {
      uuid
      year
      name
      classBonusA
      indicators { code note targets { value } }
    }
  }
`)
const Preview = graphql(`
  mutation SchemeTestPreviewTargets($input: PreviewTargetsImportInput!) {
    previewTargetsImport(input: $input) {
      problems { cell message }
      changes { unitName indicatorCode before after }
      unchanged
      canApply
    }
  }
`)
const UpdateIndicator = graphql(`
  mutation SchemeTestUpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) { weight version }
  }
`)
const SetTargets = graphql(`
  mutation SchemeTestSetTargets($input: SetTargetsInput!) {
    setTargets(input: $input) { id }
  }
`)
const UpdateScheme = graphql(`
  mutation SchemeTestUpdateScheme($input: UpdateAssessmentSchemeInput!) {
    updateAssessmentScheme(input: $input) { version }
  }
`)
const IssueReport = graphql(`
  mutation SchemeTestIssueReport($input: IssueReportInput!) {
    issueReport(input: $input) { id }
  }
`)
const ReportSnapshot = graphql(`
  query SchemeTestReportSnapshot($id: ID!) {
    node(id: $id) {
      ... on Report {
        snapshot {
          indicators { code name weight }
          units { unitName total cells { code target score } }
        }
      }
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let town: { id: string }
let schemeId: string
let landedId: string

beforeAll(async () => {
  // The report below is issued for June: the clock is set past it, whatever today is.
  setClock('2026-07-10T10:00:00+08:00')
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  town = await createUnit(db.prisma, '青山镇', 'TOWN')
  const scheme = await db.prisma.assessmentScheme.create({
    data: { year: 2026, name: '2026年度人才工作目标责任制考核办法', classBonusA: 1.5 },
  })
  schemeId = scheme.id
  const landed = await db.prisma.indicator.create({
    data: {
      schemeId,
      code: 'LANDED',
      name: '人才项目落地注册',
      metric: 'PROJECTS_LANDED',
      weight: 20,
      unitKinds: ['PARK', 'TOWN'],
      note: '以营业执照登记日为准',
    },
  })
  landedId = landed.id
  await db.prisma.target.createMany({
    data: [
      { indicatorId: landedId, unitId: county.units.east.id, value: 4 },
      { indicatorId: landedId, unitId: county.units.west.id, value: 8 },
    ],
  })
})
afterAll(async () => {
  resetClock()
  await db?.close()
})

const admin = () => county.agents.admin

describe('a new year’s scheme', () => {
  it('copies indicators, notes and bonus rates without the targets when asked, once per operation', async () => {
    const input = { ...ids(), year: 2027, copyTargets: false }
    const [first, replay] = await Promise.all([
      mutate(admin(), CreateScheme, input),
      mutate(admin(), CreateScheme, input),
    ])
    expect(first.errors ?? replay.errors).toBeUndefined()
    expect(replay.data).toEqual(first.data)
    expect(first.data).toMatchObject({
      year: 2027,
      name: '2027年度人才工作目标责任制考核办法',
      classBonusA: 1.5,
      indicators: [{ code: 'LANDED', note: '以营业执照登记日为准', targets: [] }],
    })
    const saved = await db.prisma.assessmentScheme.findMany({ where: { year: 2027 } })
    expect(saved.map((scheme) => scheme.id)).toEqual([first.data!.uuid])
    expect(await db.prisma.auditLog.count({ where: { action: 'createAssessmentScheme' } })).toBe(1)
  })

  it('starts empty with the default rates when asked, and refuses empty-and-copied together', async () => {
    const empty = await mutate(admin(), CreateScheme, { ...ids(), year: 2028, startEmpty: true })
    expect(empty.data).toMatchObject({ year: 2028, classBonusA: 1, indicators: [] })
    const both = await mutate(admin(), CreateScheme, { ...ids(), year: 2029, startEmpty: true, copyFromYear: 2026 })
    expect(both).toMatchObject({ code: 'BAD_USER_INPUT', message: '新建空白考核办法时不能同时指定复制年度' })
    expect(await db.prisma.assessmentScheme.count({ where: { year: 2029 } })).toBe(0)
  })
})

async function sheetWith(values: Record<string, (string | number)[]>) {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('2026年度目标')
  sheet.addRow(['说明'])
  sheet.addRow(['单位', 'LANDED'])
  for (const [unit, cells] of Object.entries(values)) sheet.addRow([unit, ...cells])
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

describe('the targets sheet’s preview', () => {
  it('names each bad cell and offers nothing to apply, writing nothing', async () => {
    const fileBase64 = await sheetWith({ 东部园区: [5], 西部园区: [-1], 青山镇: [2.555], 南山镇: [1] })
    const preview = await mutate(admin(), Preview, { schemeId, fileBase64 })
    expect(preview.data).toEqual({
      problems: [
        { cell: 'B4', message: 'B4（西部园区，人才项目落地注册）：目标值应为不小于 0 的数字' },
        { cell: 'B5', message: 'B5（青山镇，人才项目落地注册）：目标值最多保留两位小数' },
        { cell: 'A6', message: '第 6 行：单位“南山镇”不存在' },
      ],
      changes: [],
      unchanged: 0,
      canApply: false,
    })
    const garbage = await mutate(admin(), Preview, { schemeId, fileBase64: Buffer.from('x').toString('base64') })
    expect(garbage.data?.problems).toEqual([{ cell: null, message: '无法读取文件：请上传 .xlsx 格式的 Excel 文件' }])
    const east = await db.prisma.target.findFirstOrThrow({
      where: { indicatorId: landedId, unitId: county.units.east.id },
    })
    expect(Number(east.value)).toBe(4)
  })

  it('lists what would change, before and after, and what stays; writes nothing; is the office’s alone', async () => {
    const fileBase64 = await sheetWith({ 东部园区: [4], 西部园区: [9], 青山镇: [2] })
    const preview = await mutate(admin(), Preview, { schemeId, fileBase64 })
    expect(preview.data).toEqual({
      problems: [],
      changes: [
        { unitName: '西部园区', indicatorCode: 'LANDED', before: 8, after: 9 },
        { unitName: '青山镇', indicatorCode: 'LANDED', before: null, after: 2 },
      ],
      unchanged: 1,
      canApply: true,
    })
    expect(await db.prisma.target.count({ where: { unitId: town.id } })).toBe(0)
    expect(await db.prisma.auditLog.count({ where: { action: 'previewTargetsImport' } })).toBe(0)
    const refused = await mutate(county.agents.eastHead, Preview, { schemeId, fileBase64 })
    expect(refused.code).toBe('FORBIDDEN')
    const bad = await mutate(admin(), Preview, { schemeId: 'nope', fileBase64 })
    expect(bad.code).toBe('BAD_USER_INPUT')
  })
})

describe('an issued report', () => {
  it('keeps its indicators, targets and scores after the scheme, an indicator and targets change', async () => {
    const issued = await mutate(admin(), IssueReport, { ...ids(), kind: 'MONTHLY', year: 2026, period: '2026-06' })
    expect(issued.errors).toBeUndefined()
    const read = async () => (await admin().request(ReportSnapshot, { id: issued.data!.id })).data
    const before = await read()
    expect(before).toMatchObject({
      node: { snapshot: { indicators: [{ code: 'LANDED', weight: 20 }] } },
    })

    const edited = await mutate(admin(), UpdateIndicator, {
      ...op(),
      id: landedId,
      version: 1,
      weight: 30,
      name: '落地注册（修订）',
    })
    expect(edited.data).toEqual({ weight: 30, version: 2 })
    const stale = await mutate(admin(), UpdateIndicator, { ...op(), id: landedId, version: 1, weight: 40 })
    expect(stale.code).toBe('CONFLICT')
    const targets = await mutate(admin(), SetTargets, {
      ...op(),
      schemeId,
      targets: [{ indicatorId: landedId, unitId: county.units.east.id, value: 1 }],
    })
    expect(targets.errors).toBeUndefined()
    const rates = await mutate(admin(), UpdateScheme, { ...op(), id: schemeId, version: 1, overBonusRate: 0.9 })
    expect(rates.data).toEqual({ version: 2 })

    expect(await read()).toEqual(before)
    expect(Number((await db.prisma.indicator.findUniqueOrThrow({ where: { id: landedId } })).weight)).toBe(30)
  })
})

describe('two offices creating the same year at once', () => {
  it('make one scheme; the other is told the year has one', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => mutate(admin(), CreateScheme, { ...ids(), year: 2031, startEmpty: true })),
    )
    expect(await db.prisma.assessmentScheme.count({ where: { year: 2031 } })).toBe(1)
    expect(results.filter((result) => result.data)).toHaveLength(1)
    for (const refused of results.filter((result) => !result.data))
      expect(refused).toMatchObject({ code: 'CONFLICT', message: '2031 年度已有考核办法' })
  })
})

describe('two saves of one unit’s new target at once', () => {
  it('keep one target; a save that lost the race is told so and writes nothing', async () => {
    const save = (value: number) =>
      mutate(admin(), SetTargets, {
        ...op(),
        schemeId,
        targets: [{ indicatorId: landedId, unitId: town.id, value }],
      })
    await db.prisma.target.deleteMany({ where: { indicatorId: landedId, unitId: town.id } })
    const results = await Promise.all([save(3), save(5), save(7)])
    const rows = await db.prisma.target.findMany({ where: { indicatorId: landedId, unitId: town.id } })
    expect(rows).toHaveLength(1)
    for (const refused of results.filter((result) => !result.data))
      expect(refused).toMatchObject({ code: 'CONFLICT', message: 'LANDED/青山镇 的目标值刚被他人保存，请刷新后重试' })
    expect(results.some((result) => result.data)).toBe(true)
  })
})
