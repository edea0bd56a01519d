// A 台账 the import refuses, writing nothing: a file with bad rows is refused whole, with one message per error
// naming its row's project; a row for a talent another unit follows is refused; only the talent office may import;
// a file that is not a ledger is refused in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { smallCounty, talentWithProject } from '../support/pipeline.ts'
import {
  commit,
  csvText,
  importFootprint,
  ledgerColumns,
  ledgerRows,
  preview,
  xlsxOf,
} from '../support/ledger-files.ts'
import { makeUscc } from '@talent/rules/uscc'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

describe('a ledger the import refuses', () => {
  it('refuses a sheet with bad rows whole, one message per error naming its row, and writes nothing', async () => {
    const known = await db.prisma.project.create({
      data: {
        title: '旧项目',
        talent: { create: { name: '旧人才' } },
        unit: { connect: { id: county.units.east.id } },
        creditUnit: { connect: { id: county.units.east.id } },
        sourceChannel: 'OTHER',
        createdBy: { connect: { id: county.people.admin.id } },
        stage: 'LANDED',
      },
    })
    await db.prisma.signing.create({
      data: { projectId: known.id, signedAt: new Date('2025-05-01T00:00:00Z'), agreementKind: 'INVESTMENT' },
    })
    await db.prisma.landing.create({
      data: {
        projectId: known.id,
        companyName: '旧公司',
        uscc: makeUscc('91330100MA2H00009'),
        registeredAt: new Date('2025-06-01T00:00:00Z'),
      },
    })
    const file = await xlsxOf([
      ['2026年人才项目台账'],
      ...ledgerRows(
        [
          {
            项目名称: '合成生物平台',
            人才姓名: '钱多多',
            手机号: '13812340001',
            工作单位: '江南大学',
            所属单位: '东部园区',
            阶段: '洽谈',
            登记日期: '2026-03-01',
          },
          { 项目名称: '海洋装备', 人才姓名: '孙小美', 手机号: '1380000', 所属单位: '东部园区', 阶段: '线索' },
          { 项目名称: '智慧农业', 人才姓名: '周大福', 所属单位: '南山园区', 阶段: '线索' },
          {
            项目名称: '新能源汽车零部件',
            人才姓名: '郑好',
            手机号: '13812340004',
            所属单位: '西部园区',
            阶段: '落地注册',
            登记日期: '2026-01-01',
            签约日期: '2026-02-30',
            落地日期: '2026-04-01',
            企业名称: '郑好科技',
            统一社会信用代码: '91330100MA2H00001X',
          },
          {
            项目名称: '碳纤维',
            人才姓名: '冯远',
            手机号: '13812340005',
            所属单位: '西部园区',
            阶段: '落地',
            登记日期: '2026-01-01',
            签约日期: '2026-02-01',
            落地日期: '2026-03-01',
            企业名称: '冯远材料',
            统一社会信用代码: makeUscc('91330100MA2H00009'),
          },
        ],
        ledgerColumns,
      ),
    ])
    const before = await importFootprint(db.prisma)
    const checked = await preview(county.agents.admin, file, '台账.xlsx')
    const result = checked.data!.previewLedgerImport
    expect(result).toMatchObject({ canCommit: false, headerRow: 2, counts: { rows: 5, invalid: 4 } })
    // Rows that cannot be read still say which project they are.
    expect(result.rows.map((row) => `${row.rowNumber} ${row.title} ${row.talentName}`)).toEqual([
      '3 合成生物平台 钱多多',
      '4 海洋装备 孙小美',
      '5 智慧农业 周大福',
      '6 新能源汽车零部件 郑好',
      '7 碳纤维 冯远',
    ])
    expect(result.rows.map((row) => [row.rowNumber, row.errors])).toEqual([
      [3, []],
      [4, ['电话号码“1380000”格式不正确：大陆手机号请填写11位，境外号码请以+国家代码开头']],
      [5, ['所属单位“南山园区”不存在（请填写系统中的单位名称）']],
      [6, ['签约日期“2026-02-30”无法识别（请写成 2026-03-05）', '统一社会信用代码校验位不正确，请核对营业执照']],
      [7, [`统一社会信用代码 ${makeUscc('91330100MA2H00009')} 已登记在系统中的另一个项目（旧公司）`]],
    ])

    const refused = await commit(county.agents.admin, file, '台账.xlsx')
    expect(refused.data).toBeNull()
    const error = refused.errors![0]!
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' })
    expect(error.message).toMatch(/^台账有 4 行有误，整个文件未导入：第 4 行（海洋装备 · 孙小美）：电话号码/)
    const problems = error.extensions!.problems as { message: string }[]
    // One problem per message, each naming its row's project.
    expect(problems.map((problem) => problem.message.split('：')[0])).toEqual([
      '第 4 行（海洋装备 · 孙小美）',
      '第 5 行（智慧农业 · 周大福）',
      '第 6 行（新能源汽车零部件 · 郑好）',
      '第 6 行（新能源汽车零部件 · 郑好）',
      '第 7 行（碳纤维 · 冯远）',
    ])
    expect((error.extensions!.rows as { rowNumber: number }[]).map((row) => row.rowNumber)).toEqual([4, 5, 6, 7])
    expect(await importFootprint(db.prisma)).toBe(before)
  })

  it('refuses a project for a talent another unit is following (claim protection)', async () => {
    await talentWithProject(county.agents.westManager, { name: '孙丽', phone: '13711112222', employer: '厦门大学' })
    const file = Buffer.from(
      csvText(
        ledgerRows([
          { 项目名称: '海水淡化', 人才姓名: '孙丽', 手机号: '13711112222', 所属单位: '东部园区', 阶段: '线索' },
        ]),
      ),
      'utf8',
    )
    const row = (await preview(county.agents.admin, file, 'claim.csv')).data!.previewLedgerImport.rows[0]!
    expect(row.errors).toEqual(['该人才（孙*）正由西部园区跟进，不能重复立项；如需改由本单位跟进请先协调'])
  })

  it('is the talent office’s alone, and a file that is not a ledger is refused in Chinese', async () => {
    const file = await xlsxOf(
      ledgerRows([{ 项目名称: '越权项目', 人才姓名: '某人', 所属单位: '东部园区', 阶段: '线索' }]),
    )
    const before = await importFootprint(db.prisma)
    for (const agent of [
      county.agents.eastManager,
      county.agents.eastHead,
      county.agents.leader,
      county.agents.eastStaff,
    ]) {
      expect((await preview(agent, file, 'x.xlsx')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      expect((await commit(agent, file, 'x.xlsx')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
    expect(await importFootprint(db.prisma)).toBe(before)
    expect(
      (await preview(county.agents.admin, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), '旧台账.xls')).errors?.[0]
        ?.message,
    ).toBe('不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 .csv 后上传')
    expect(
      (await preview(county.agents.admin, Buffer.from('PK\u0003\u0004garbage'), 'x.xlsx')).errors?.[0]?.message,
    ).toBe('无法读取文件：不是有效的 .xlsx 文件')
    expect(
      (await preview(county.agents.admin, Buffer.from('随便写的一些字'), 'x.csv')).data!.previewLedgerImport
        .problems[0],
    ).toMatch(/^找不到表头/)
  })
})
