// The projects ledger goes out as .xlsx and comes back in: the talent office exports a county with leads at
// every stage, signed and landed projects, lost and paused ones in three units, imports the file into an
// empty system (the projects keep their 项目编号), exports again and gets the same ledger cell for cell. Who may export,
// and which phones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit } from '../support/fixtures.ts'
import { smallCounty } from '../support/pipeline.ts'
import { commit, exportedLedgerColumns, exportLedger, preview, sheetValues } from '../support/ledger-files.ts'
import { makeUscc } from '@talent/rules/uscc'
import { pipelineFunnel } from '../../server/src/schema/statistics/statistics-funnel.ts'
import { yearWindow } from '../../server/src/schema/statistics/statistics-window.ts'
import type { Stage } from '../../server/src/generated/prisma/enums.ts'

type County = Awaited<ReturnType<typeof smallCounty>>
let source: TestDatabase
let target: TestDatabase
let from: County
let to: County

async function seedLedger(db: TestDatabase, county: County) {
  const town = await createUnit(db.prisma, '青山镇', 'TOWN')
  const { east, west } = county.units
  const { eastStaff, eastManager, westStaff, admin } = county.people
  const talent = (name: string, data: Record<string, unknown> = {}) =>
    db.prisma.talent.create({ data: { name, ...data } })
  const zhang = await talent('张伟', { phone: '13800000001', employer: '浙江大学', talentClass: 'B' })
  const li = await talent('李娜', { employer: '中科院宁波材料所', talentClass: 'D' })
  const wang = await talent('王强', { phone: '13900000003', talentClass: 'C' })
  const zhao = await talent('赵敏', { phone: '13700000004', employer: '复旦大学', talentClass: 'A' })
  const chen = await talent('陈静', { phone: '13600000005', employer: '上海交通大学' })
  const liu = await talent('刘洋', { phone: '13500000006', employer: '同济大学', talentClass: 'B' })
  const project = async (
    unitId: string,
    talentId: string,
    title: string,
    stage: Stage,
    data: Record<string, unknown> = {},
  ) =>
    db.prisma.project.create({
      data: {
        title,
        talentId,
        unitId,
        creditUnitId: unitId,
        stage,
        sourceChannel: 'OTHER',
        createdById: admin.id,
        ...data,
      },
    })
  await project(east.id, zhang.id, '高性能复合材料中试', 'LEAD', {
    ownerId: eastStaff.id,
    sourceChannel: 'REFERRAL',
    referrer: '王老师',
    industry: '新材料',
    plannedInvestment: '500',
    createdAt: new Date('2026-01-05T02:00:00Z'),
  })
  await project(east.id, zhang.id, '智能传感器项目', 'CONTACTED', {
    ownerId: eastManager.id,
    sourceChannel: 'EVENT',
    createdAt: new Date('2026-02-11T09:00:00Z'),
  })
  // 16:30 UTC is half past midnight the next day in the county: the ledger says 3月6日.
  await project(east.id, li.id, '纳米涂层研发', 'VISITED', {
    status: 'ON_HOLD',
    statusReason: '人才出国访学',
    createdAt: new Date('2026-03-05T16:30:00Z'),
  })
  await project(west.id, wang.id, '生物医药孵化', 'NEGOTIATING', {
    status: 'LOST',
    statusReason: '已落户外省',
    plannedInvestment: '1234.56',
    ownerId: westStaff.id,
    sourceChannel: 'UNIVERSITY',
    createdAt: new Date('2025-11-20T03:00:00Z'),
  })
  const signed = await project(west.id, zhao.id, '量子通信设备', 'SIGNED', {
    sourceChannel: 'TALENT_AMBASSADOR',
    industry: '电子信息',
    createdAt: new Date('2026-01-20T01:00:00Z'),
  })
  await db.prisma.signing.create({
    data: {
      projectId: signed.id,
      signedAt: new Date('2026-04-10T00:00:00Z'),
      agreementKind: 'INVESTMENT',
      investmentAgreed: '3000',
    },
  })
  const landedProjects = [
    {
      unitId: town.id,
      talentId: chen.id,
      title: '数字经济产业园',
      stage: 'LANDED' as Stage,
      company: '青山数字科技有限公司',
      code: '91330100MA2H00001',
      capital: '1000',
      signedAt: '2026-02-01',
      landedAt: '2026-05-20',
    },
    {
      unitId: east.id,
      talentId: liu.id,
      title: '新能源电池材料',
      stage: 'OPERATING' as Stage,
      company: '东部新能源材料有限公司',
      code: '91330100MA2H00002',
      capital: '200.5',
      signedAt: '2025-12-01',
      landedAt: '2026-01-15',
    },
  ]
  for (const item of landedProjects) {
    const landed = await project(item.unitId, item.talentId, item.title, item.stage, {
      sourceChannel: 'INVESTMENT_STAFF',
      createdAt: new Date('2025-10-08T00:00:00Z'),
      plannedInvestment: '8000',
    })
    await db.prisma.signing.create({
      data: {
        projectId: landed.id,
        signedAt: new Date(`${item.signedAt}T00:00:00Z`),
        agreementKind: 'TALENT_INTRODUCTION',
      },
    })
    await db.prisma.landing.create({
      data: {
        projectId: landed.id,
        companyName: item.company,
        uscc: makeUscc(item.code),
        registeredAt: new Date(`${item.landedAt}T00:00:00Z`),
        registeredCapital: item.capital,
      },
    })
  }
}

beforeAll(async () => {
  ;[source, target] = await Promise.all([openTestDatabase(), openTestDatabase()])
  ;[from, to] = await Promise.all([smallCounty(source.prisma), smallCounty(target.prisma)])
  await seedLedger(source, from)
  await createUnit(target.prisma, '青山镇', 'TOWN')
})
afterAll(async () => {
  await source?.close()
  await target?.close()
})

describe('the projects ledger', () => {
  it('goes out as the county table and comes back into an empty system as the same ledger, cell for cell', async () => {
    const first = await exportLedger(from.agents.admin)
    expect(first.result.errors).toBeUndefined()
    expect(first.fileName).toMatch(/^全县人才项目台账（\d{4}-\d{2}-\d{2}）\.xlsx$/)
    const sheet = await sheetValues(first.content!)
    expect(sheet[0]![0]).toBe('全县人才项目台账')
    expect(sheet[2]).toEqual([...exportedLedgerColumns])
    expect(sheet.length).toBe(3 + 7)
    const row = (title: string) => sheet.find((cells) => cells[1] === title)!
    expect(row('高性能复合材料中试').slice(1, 17)).toEqual([
      '高性能复合材料中试',
      '张伟',
      'B类',
      '13800000001',
      '浙江大学',
      '新材料',
      '朋友圈/熟人推荐',
      '王老师',
      '东部园区',
      'east.staff',
      '线索',
      '跟进中',
      null,
      500,
      '2026-01-05',
      null,
    ])
    expect(row('纳米涂层研发')[15]).toBe('2026-03-06')
    expect(row('生物医药孵化').slice(12, 15)).toEqual(['已流失', '已落户外省', 1234.56])

    await expect(target.prisma.project.count()).resolves.toBe(0)
    const checked = await preview(to.agents.admin, first.content!, first.fileName!)
    expect(checked.data?.previewLedgerImport).toMatchObject({
      canCommit: true,
      headerRow: 3,
      problems: [],
      counts: {
        rows: 7,
        invalid: 0,
        newTalents: 6,
        matchedTalents: 0,
        newProjects: 7,
        updatedProjects: 0,
        unchangedProjects: 0,
        skipped: 0,
      },
    })
    const imported = await commit(to.agents.admin, first.content!, first.fileName!)
    expect(imported.errors).toBeUndefined()
    expect(imported.data?.commitLedgerImport.counts).toEqual({
      rows: 7,
      invalid: 0,
      newTalents: 6,
      matchedTalents: 0,
      newProjects: 7,
      updatedProjects: 0,
      unchangedProjects: 0,
      skipped: 0,
    })

    const second = await exportLedger(to.agents.admin)
    expect(await sheetValues(second.content!)).toEqual(sheet)
  })

  it('keeps the dated history the ledger gives, marked as imported, and the funnel counts the same', async () => {
    const landed = await target.prisma.project.findFirstOrThrow({
      where: { title: '数字经济产业园' },
      include: { stageChanges: { orderBy: { at: 'asc' } } },
    })
    expect(landed.stageChanges.map((change) => [change.toStage, change.at.toISOString(), change.note])).toEqual([
      ['LEAD', '2025-10-07T16:00:00.000Z', expect.stringMatching(/^台账导入/)],
      ['SIGNED', '2026-01-31T16:00:00.000Z', expect.stringMatching(/^台账导入/)],
      ['LANDED', '2026-05-19T16:00:00.000Z', expect.stringMatching(/^台账导入/)],
    ])
    const negotiating = await target.prisma.stageChange.findMany({ where: { project: { title: '生物医药孵化' } } })
    expect(negotiating.map((change) => change.toStage)).toEqual(['LEAD'])
    for (const year of [2025, 2026]) {
      const reached = async (db: TestDatabase) =>
        (await pipelineFunnel(db.prisma, { window: yearWindow(year), unitId: null })).map((stage) => [
          stage.stage,
          stage.reached,
          stage.active,
          stage.onHold,
          stage.lost,
        ])
      expect(await reached(target)).toEqual(await reached(source))
    }
    expect(await target.prisma.auditLog.count({ where: { action: 'importLedger', entity: 'Project' } })).toBe(7)
    expect(await target.prisma.auditLog.count({ where: { action: 'importLedger', entity: 'Talent' } })).toBe(6)
  })

  it(
    'goes to a unit manager for their own unit only, ' + 'phones masked; the talent office’s export is audited',
    async () => {
      const own = await exportLedger(from.agents.eastManager)
      expect(own.fileName).toMatch(/^东部园区人才项目台账/)
      const sheet = await sheetValues(own.content!)
      expect(sheet.slice(3).map((cells) => cells[9])).toEqual(['东部园区', '东部园区', '东部园区', '东部园区'])
      expect(sheet.slice(3).map((cells) => cells[4])).toContain('138****0001')
      expect(sheet[1]![0]).toMatch(/手机号：已脱敏/)
      expect((await exportLedger(from.agents.westManager, from.units.east.id)).result.errors?.[0]).toMatchObject({
        message: '没有权限执行此操作',
        extensions: { code: 'FORBIDDEN' },
      })
      expect((await exportLedger(from.agents.eastHead)).result.errors).toBeUndefined()
      for (const agent of [from.agents.eastStaff, from.agents.leader, from.agents.hrss]) {
        expect((await exportLedger(agent)).result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      }
      const westOnly = await sheetValues((await exportLedger(from.agents.admin, from.units.west.id)).content!)
      expect(westOnly.slice(3).map((cells) => cells[1])).toEqual(['生物医药孵化', '量子通信设备'])
      const audits = await source.prisma.auditLog.findMany({
        where: { action: 'exportLedger' },
        orderBy: { at: 'asc' },
      })
      expect(audits.map((entry) => [entry.actorId, (entry.changes as { phones: string }).phones])).toEqual([
        [from.people.admin.id, 'FULL'],
        [from.people.eastManager.id, 'MASKED'],
        [from.people.eastHead.id, 'MASKED'],
        [from.people.admin.id, 'FULL'],
      ])
    },
  )
})
