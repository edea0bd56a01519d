// An exported 台账 comes back edited: each row updates its project through the stage form's rules, shown field
// by field before → after and applied all together or not at all; a row whose project changed since the export
// is refused, and every refused row names its project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { mutate, smallCounty } from '../support/pipeline.ts'
import { RecordSigning } from '../support/documents.ts'
import {
  commit,
  editLedger,
  exportLedger,
  importFootprint,
  preview,
  type LedgerImportRow,
} from '../support/ledger-files.ts'
import { makeUscc } from '@talent/rules/uscc'
import { countyDay } from '../../server/src/domain/ledger/ledger-dates.ts'

const day = (offset: number) => countyDay(new Date(Date.now() + offset * 86_400_000))

describe('an edited export', () => {
  let db: TestDatabase
  let county: Awaited<ReturnType<typeof smallCounty>>
  const uscc = makeUscc('91330100MA2H00031')

  beforeAll(async () => {
    db = await openTestDatabase()
    county = await smallCounty(db.prisma)
    const { east, west } = county.units
    const talent = (name: string, phone: string) => db.prisma.talent.create({ data: { name, phone } })
    const project = async (
      unitId: string,
      name: string,
      phone: string,
      title: string,
      data: Record<string, unknown> = {},
    ) =>
      db.prisma.project.create({
        data: {
          title,
          talentId: (await talent(name, phone)).id,
          unitId,
          creditUnitId: unitId,
          sourceChannel: 'OTHER',
          createdById: county.people.admin.id,
          createdAt: new Date('2026-01-05T02:00:00Z'),
          ...data,
        },
      })
    await project(east.id, '张伟', '13800000101', '复合材料中试', {
      stage: 'NEGOTIATING',
      plannedInvestment: '500',
      ownerId: county.people.eastStaff.id,
    })
    await project(east.id, '李娜', '13800000102', '纳米涂层', { stage: 'VISITED' })
    await project(west.id, '王强', '13800000103', '生物医药孵化', { stage: 'CONTACTED' })
    await project(west.id, '赵敏', '13800000104', '量子通信', {
      stage: 'SIGNED',
      signing: { create: { signedAt: new Date('2026-02-01T00:00:00Z'), agreementKind: 'INVESTMENT' } },
    })
  })
  afterAll(() => db?.close())

  const byTitle = (rows: LedgerImportRow[], title: string) => rows.find((row) => row.title === title)!

  it(
    'previews each changed field before → after and applies every change at once, ' + 'through the stage machine',
    async () => {
      const admin = county.agents.admin
      const exported = (await exportLedger(admin)).content!
      const edited = await editLedger(exported, [
        // Signed, with a company registered before the agreement (both happen): the form takes it, so does the import.
        {
          title: '复合材料中试',
          set: {
            项目名称: '复合材料中试基地',
            '计划投资（万元）': 800,
            阶段: '落地注册',
            签约日期: day(-10),
            协议类型: '投资协议',
            落地日期: day(-20),
            企业名称: '张伟新材料有限公司',
            统一社会信用代码: uscc,
            负责人: 'east.staff2',
          },
        },
        { title: '生物医药孵化', set: { 状态: '已流失', 状态说明: '已落户外省' } },
        { title: '量子通信', set: { '协议投资（万元）': 3000 } },
      ])
      const checked = (await preview(admin, edited, '台账（改）.xlsx')).data!.previewLedgerImport
      expect(checked.counts).toMatchObject({
        rows: 4,
        invalid: 0,
        newProjects: 0,
        updatedProjects: 3,
        unchangedProjects: 1,
      })
      expect(checked.canCommit).toBe(true)
      const rows = checked.rows
      expect(byTitle(rows, '复合材料中试基地')).toMatchObject({ projectAction: 'UPDATE', errors: [] })
      expect(byTitle(rows, '复合材料中试基地').changes).toEqual([
        { field: 'TITLE', before: '复合材料中试', after: '复合材料中试基地' },
        { field: 'PLANNED_INVESTMENT', before: '500', after: '800' },
        { field: 'OWNER', before: 'east.staff', after: 'east.staff2' },
        { field: 'SIGNED_AT', before: null, after: day(-10) },
        { field: 'AGREEMENT_KIND', before: null, after: '投资协议' },
        { field: 'LANDED_AT', before: null, after: day(-20) },
        { field: 'COMPANY_NAME', before: null, after: '张伟新材料有限公司' },
        { field: 'USCC', before: null, after: uscc },
        { field: 'STAGE', before: '洽谈', after: '落地注册' },
      ])
      expect(byTitle(rows, '生物医药孵化').changes).toEqual([
        { field: 'STATUS', before: '跟进中', after: '已流失' },
        { field: 'STATUS_REASON', before: null, after: '已落户外省' },
      ])
      expect(byTitle(rows, '量子通信').changes).toEqual([{ field: 'INVESTMENT_AGREED', before: null, after: '3000' }])
      expect(byTitle(rows, '纳米涂层')).toMatchObject({ projectAction: 'UNCHANGED', changes: [] })

      const done = await commit(admin, edited, '台账（改）.xlsx')
      expect(done.errors).toBeUndefined()
      expect(done.data!.commitLedgerImport.counts).toMatchObject({ updatedProjects: 3, unchangedProjects: 1 })
      const landed = await db.prisma.project.findFirstOrThrow({
        where: { title: '复合材料中试基地' },
        include: { signing: true, landing: true, owner: true, stageChanges: { orderBy: { at: 'asc' } } },
      })
      expect([
        landed.stage,
        landed.version,
        String(landed.plannedInvestment),
        landed.owner?.login,
        landed.signing?.agreementKind,
        landed.landing?.uscc,
        landed.landing?.companyName,
      ]).toEqual(['LANDED', 2, '800', 'east.staff2', 'INVESTMENT', uscc, '张伟新材料有限公司'])
      expect(landed.stageChanges.map((change) => [change.fromStage, change.toStage, change.note])).toEqual([
        ['NEGOTIATING', 'LANDED', '台账导入（台账（改）.xlsx）'],
      ])
      const lost = await db.prisma.project.findFirstOrThrow({ where: { title: '生物医药孵化' } })
      expect([lost.status, lost.statusReason, lost.stage, lost.version, lost.assessedAt !== null]).toEqual([
        'LOST',
        '已落户外省',
        'CONTACTED',
        2,
        true,
      ])
      const signed = await db.prisma.project.findFirstOrThrow({
        where: { title: '量子通信' },
        include: { signing: true },
      })
      expect([signed.version, String(signed.signing?.investmentAgreed), signed.signing?.version]).toEqual([
        2,
        '3000',
        2,
      ])
      expect((await db.prisma.project.findFirstOrThrow({ where: { title: '纳米涂层' } })).version).toBe(1)
      const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'importLedger', entityId: lost.id } })
      expect(audit.changes).toEqual({
        before: { status: '跟进中', statusReason: null },
        after: { status: '已流失', statusReason: '已落户外省' },
      })

      // The same file again: its 版本号 are now behind, so the rows that would change something are refused, named.
      const again = (await preview(admin, edited, '台账（改）.xlsx')).data!.previewLedgerImport
      expect(again.counts).toMatchObject({ invalid: 0, updatedProjects: 0, unchangedProjects: 4 })
    },
  )

  it('refuses the whole file for one bad row, naming its project, and writes nothing', async () => {
    const admin = county.agents.admin
    const exported = (await exportLedger(admin)).content!
    const edited = await editLedger(exported, [
      { title: '纳米涂层', set: { 项目名称: '纳米涂层二期', 阶段: '接洽' } },
      { title: '量子通信', set: { '协议投资（万元）': 3500, 签约日期: day(1) } },
      { title: '复合材料中试基地', set: { 所属单位: '西部园区' } },
    ])
    const before = await importFootprint(db.prisma)
    const checked = (await preview(admin, edited, 'bad.xlsx')).data!.previewLedgerImport
    expect(checked.canCommit).toBe(false)
    expect(checked.rows.filter((row) => row.errors.length).map((row) => [row.title, row.errors])).toEqual([
      ['复合材料中试基地', ['所属单位不能通过台账修改（该项目属于东部园区）：请联系人才办调整']],
      ['纳米涂层二期', ['阶段不能从“考察”改为“接洽”：回退阶段须填写原因：台账没有填写原因的地方，请在项目页面回退']],
      ['量子通信', [`签约日期（${day(1)}）不能晚于今天（${day(0)}）`]],
    ])
    const refused = await commit(admin, edited, 'bad.xlsx')
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(refused.errors![0]!.message).toMatch(
      /^台账有 3 行有误，整个文件未导入：第 4 行（复合材料中试基地 · 张伟）：所属单位不能/,
    )
    expect(
      (refused.errors![0]!.extensions!.rows as { title: string; talentName: string }[]).map(
        (row) => `${row.title} · ${row.talentName}`,
      ),
    ).toEqual(['复合材料中试基地 · 张伟', '纳米涂层二期 · 李娜', '量子通信 · 赵敏'])
    expect(await importFootprint(db.prisma)).toBe(before)
  })

  it('refuses a row whose project changed since the export instead of overwriting the change', async () => {
    const admin = county.agents.admin
    const exported = (await exportLedger(admin)).content!
    const project = await db.prisma.project.findFirstOrThrow({
      where: { title: '量子通信' },
      include: { signing: true },
    })
    // Someone corrects the signing on the project page after the export.
    const form = await mutate(county.agents.westManager, RecordSigning, {
      clientMutationId: uuidv7(),
      id: project.id,
      signedAt: '2026-02-02',
      agreementKind: 'INVESTMENT',
      investmentAgreed: '3100',
    })
    expect(form.errors).toBeUndefined()
    const edited = await editLedger(exported, [{ title: '量子通信', set: { '协议投资（万元）': 4000 } }])
    const row = byTitle((await preview(admin, edited, 'stale.xlsx')).data!.previewLedgerImport.rows, '量子通信')
    expect(row.errors).toEqual([
      '该项目在导出后已被修改（导出时为第 4 版，现为第 5 版）：请重新导出台账，在新文件中修改后再导入',
    ])
    expect((await commit(admin, edited, 'stale.xlsx')).errors?.[0]?.message).toMatch(
      /^台账有 1 行有误，整个文件未导入：第 \d+ 行（量子通信 · 赵敏）：该项目在导出后已被修改/,
    )
    expect(
      String((await db.prisma.signing.findUniqueOrThrow({ where: { projectId: project.id } })).investmentAgreed),
    ).toBe('3100')
  })
})
