// The talent office issues the monthly report: a frozen snapshot that later data does not change, a new
// edition when re-issued, and an .xlsx in the government table layout; each reader sees what is theirs.
import { randomUUID } from 'node:crypto'
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit } from '../support/fixtures.ts'
import { errorCode } from '../support/api.ts'
import {
  IssueReport,
  ReportActualsQuery,
  ReportEditionsQuery,
  ReportUnitsQuery,
  ReportWorkbookQuery,
} from '../support/report-documents.ts'
import { ids, mutate, smallCounty } from '../support/pipeline.ts'
import { SetMyLocale } from '../support/language-documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let reportId: string

/** A project of `unitId` landed on `day` (a county date), created straight in the database. */
async function landed(unitId: string, day: string) {
  const talent = await db.prisma.talent.create({ data: { name: `人才${day}` } })
  const project = await db.prisma.project.create({
    data: {
      title: `项目${day}`,
      talentId: talent.id,
      unitId,
      creditUnitId: unitId,
      sourceChannel: 'REFERRAL',
      createdById: county.people.admin.id,
      stage: 'LANDED',
    },
  })
  await db.prisma.signing.create({
    data: { projectId: project.id, signedAt: new Date(`${day}T00:00:00Z`), agreementKind: 'INVESTMENT' },
  })
  await db.prisma.landing.create({
    data: {
      projectId: project.id,
      companyName: `公司${uuidv7()}`,
      // Random: a uuidv7's head is its time, the same for landings made within a moment of each other.
      uscc: randomUUID().replaceAll('-', '').slice(0, 18),
      registeredAt: new Date(`${day}T00:00:00Z`),
    },
  })
}

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  await createUnit(db.prisma, '青山镇', 'TOWN')
  const scheme = await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度考核办法' } })
  const indicator = await db.prisma.indicator.create({
    data: {
      schemeId: scheme.id,
      code: 'LANDED',
      name: '人才项目落地注册',
      metric: 'PROJECTS_LANDED',
      weight: 20,
      unitKinds: ['PARK'],
    },
  })
  await db.prisma.target.createMany({
    data: [
      { indicatorId: indicator.id, unitId: county.units.east.id, value: 4 },
      { indicatorId: indicator.id, unitId: county.units.west.id, value: 8 },
    ],
  })
  await landed(county.units.east.id, '2026-03-10')
  await landed(county.units.east.id, '2026-06-30')
  await landed(county.units.west.id, '2026-07-01')
})
afterAll(() => db?.close())

describe('the monthly report', () => {
  it('holds each unit’s actual, target, completion, score and this month’s change as of the month’s end', async () => {
    const issued = await mutate(county.agents.admin, IssueReport, {
      ...ids(),
      kind: 'MONTHLY',
      year: 2026,
      period: '2026-06',
    })
    expect(issued.errors).toBeUndefined()
    reportId = issued.data!.uuid
    expect(issued.data).toMatchObject({
      title: '2026年6月人才工作目标完成情况月报',
      edition: 1,
      issuedByName: 'admin',
      snapshot: {
        asOf: '2026-06-30T15:59:59.999Z',
        indicators: [{ code: 'LANDED', name: '人才项目落地注册', weight: 20 }],
      },
    })
    const east = issued.data!.snapshot.units.find((u) => u.unitName === '东部园区')
    const west = issued.data!.snapshot.units.find((u) => u.unitName === '西部园区')
    expect(east).toMatchObject({
      total: 10,
      rankInKind: 1,
      cells: [{ code: 'LANDED', target: 4, actual: 2, completion: 0.5, score: 10, change: 1 }],
    })
    expect(west).toMatchObject({ total: 0, rankInKind: 2, cells: [{ target: 8, actual: 0, score: 0, change: 0 }] })
  })

  it('stays as issued when the data changes, and a re-issue is a new edition', async () => {
    await landed(county.units.east.id, '2026-06-15')
    const again = await county.agents.leader.request(ReportActualsQuery, {
      id: Buffer.from(`Report:${reportId}`).toString('base64'),
    })
    const report = again.data?.node
    assert(report && 'snapshot' in report, 'the issued report')
    expect(report.snapshot.units.find((u) => u.unitName === '东部园区')!.cells[0]!.actual).toBe(2)
    const reissued = await mutate(county.agents.admin, IssueReport, {
      ...ids(),
      kind: 'MONTHLY',
      year: 2026,
      period: '2026-06',
    })
    expect(reissued.data).toMatchObject({ edition: 2 })
    expect(reissued.data!.snapshot.units.find((u) => u.unitName === '东部园区')!.cells[0]).toMatchObject({
      actual: 3,
      change: 2,
    })
    const list = await county.agents.eastHead.request(ReportEditionsQuery, { year: 2026, kind: 'MONTHLY' })
    expect(list.data!.reports).toEqual([
      { period: '2026-06', edition: 2 },
      { period: '2026-06', edition: 1 },
    ])
  })

  it('is issued once when the same request arrives twice', async () => {
    const input = { ...ids(), kind: 'QUARTERLY' as const, year: 2026, period: '2026-Q2' }
    const answers = await Promise.all([
      mutate(county.agents.admin, IssueReport, input),
      mutate(county.agents.admin, IssueReport, input),
    ])
    expect(answers.map((a) => a.data)).toMatchObject([
      { uuid: input.id, edition: 1, title: '2026年第二季度人才工作督查情况' },
      { uuid: input.id, edition: 1, title: '2026年第二季度人才工作督查情况' },
    ])
    expect(answers[1]!.data).toEqual(answers[0]!.data)
    expect(await db.prisma.report.count({ where: { kind: 'QUARTERLY' } })).toBe(1)
  })

  it('refuses a wrong period, a year without a scheme, and anyone but the talent office', async () => {
    const wrong = await mutate(county.agents.admin, IssueReport, {
      ...ids(),
      kind: 'MONTHLY',
      year: 2026,
      period: '2026-13',
    })
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', message: '期间应写作 2026-06 这样的格式，且属于 2026 年' })
    const noScheme = await mutate(county.agents.admin, IssueReport, {
      ...ids(),
      kind: 'HALF_YEAR',
      year: 2025,
      period: '2025-H1',
    })
    expect(noScheme).toMatchObject({ code: 'CONFLICT', message: '2025 年度还没有考核办法，不能印发报告' })
    const byHead = await mutate(county.agents.eastHead, IssueReport, {
      ...ids(),
      kind: 'MONTHLY',
      year: 2026,
      period: '2026-06',
    })
    expect(byHead.code).toBe('FORBIDDEN')
    expect(await db.prisma.report.count()).toBe(3)
  })

  it('shows a park manager only their own unit’s line, and staff nothing', async () => {
    const manager = await county.agents.westManager.request(ReportUnitsQuery, { year: 2026, kind: 'MONTHLY' })
    expect(manager.data!.reports[0]!.snapshot.units).toEqual([{ unitName: '西部园区' }])
    const staff = await county.agents.eastStaff.request(ReportEditionsQuery, { year: 2026 })
    expect(errorCode(staff)).toBe('FORBIDDEN')
  })
})

describe('the monthly report in Excel', () => {
  it('has a merged title, a two-row header, one row per unit by rank and a totals row', async () => {
    const file = await county.agents.leader.request(ReportWorkbookQuery, { id: reportId })
    expect(file.errors).toBeUndefined()
    expect(file.data!.reportWorkbook.fileName).toBe('2026年6月人才工作目标完成情况月报（第1版）.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.data!.reportWorkbook.contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('园区')!
    expect(sheet.getCell('A1').value).toBe('2026年6月人才工作目标完成情况月报（园区）')
    expect(sheet.getCell('A1').isMerged && sheet.getCell('I1').isMerged).toBe(true)
    expect(sheet.getCell('C3').value).toBe('人才项目落地注册（20分）')
    expect(sheet.getCell('F3').isMerged).toBe(true)
    expect(['C4', 'D4', 'E4', 'F4', 'G3', 'H3', 'I3'].map((cell) => sheet.getCell(cell).value)).toEqual([
      '目标',
      '完成',
      '完成率',
      '得分',
      '加分',
      '总分',
      '名次',
    ])
    expect(sheet.getCell('A4').isMerged && sheet.getCell('G4').isMerged).toBe(true)
    expect(sheet.getRow(5).values).toEqual([undefined, 1, '东部园区', 4, 2, 0.5, 10, 0, 10, 1])
    expect(sheet.getRow(6).values).toEqual([undefined, 2, '西部园区', 8, 0, 0, 0, 0, 0, 2])
    expect((sheet.getRow(7).values as unknown[]).slice(1, 6)).toEqual(['合计', '', 12, 2, 0.1667])
  })

  it('shows scores to two places and completion as a percentage, keeping the exact values', async () => {
    const file = await county.agents.leader.request(ReportWorkbookQuery, { id: reportId })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.data!.reportWorkbook.contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('园区')!
    // 完成率, 得分, 加分, 总分 of a unit's row and the totals' 完成率; 目标, 完成 (whole) and 名次 keep the general format.
    expect(['E5', 'F5', 'G5', 'H5', 'E7'].map((cell) => sheet.getCell(cell).numFmt)).toEqual([
      '0.0%',
      '0.00',
      '0.00',
      '0.00',
      '0.0%',
    ])
    expect(['C5', 'D5', 'I5'].map((cell) => sheet.getCell(cell).numFmt ?? 'General')).toEqual([
      'General',
      'General',
      'General',
    ])
  })

  it('is written in English for a reader who chose English, the issued title and indicators as issued', async () => {
    const { leader } = county.agents
    await mutate(leader, SetMyLocale, { clientMutationId: uuidv7(), locale: 'en' })
    const file = await leader.request(ReportWorkbookQuery, { id: reportId })
    await mutate(leader, SetMyLocale, { clientMutationId: uuidv7(), locale: 'zh-CN' })
    expect(file.data!.reportWorkbook.fileName).toBe('2026年6月人才工作目标完成情况月报 (edition 1).xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.data!.reportWorkbook.contentBase64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Parks')!
    expect(sheet.getCell('A1').value).toBe('2026年6月人才工作目标完成情况月报 (Parks)')
    expect(sheet.getCell('C3').value).toBe('人才项目落地注册 (20 pts)')
    expect(['A3', 'B3', 'C4', 'D4', 'E4', 'F4', 'G3', 'H3', 'I3'].map((cell) => sheet.getCell(cell).value)).toEqual([
      'No.',
      'Unit',
      'Target',
      'Actual',
      'Completion',
      'Score',
      'Bonus',
      'Total',
      'Rank',
    ])
    expect((sheet.getRow(7).values as unknown[])[1]).toBe('Total')
  })
})
