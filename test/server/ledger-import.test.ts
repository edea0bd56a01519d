// The talent office imports a ledger kept by hand: columns named the way ledgers name them, CSV from Excel
// in GBK or UTF-8, rows already in the system skipped, talents recognised; a file with bad rows is refused
// whole with one message per row and nothing written; a replayed commit writes nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { smallCounty, talentWithProject } from '../support/pipeline.ts'
import { commit, csvText, encodeGbk, preview, xlsxOf } from '../support/ledger-files.ts'
import { makeUscc } from '@talent/rules/uscc'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

async function written() {
  const p = db.prisma
  const counts = await Promise.all([
    p.talent.count(),
    p.project.count(),
    p.signing.count(),
    p.landing.count(),
    p.stageChange.count(),
    p.auditLog.count(),
    p.importBatch.count(),
    p.appliedMutation.count(),
  ])
  return counts.join(' ')
}

const header = [
  '序号',
  '项目名称',
  '人才姓名',
  '手机号',
  '工作单位',
  '所属单位',
  '阶段',
  '状态',
  '状态说明',
  '登记日期',
  '签约日期',
  '落地日期',
  '企业名称',
  '统一社会信用代码',
]

describe('importing a ledger', () => {
  it('refuses a sheet with bad rows whole, one message per row, and writes nothing', async () => {
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
      header,
      [1, '合成生物平台', '钱多多', '13812340001', '江南大学', '东部园区', '洽谈', '', '', '2026-03-01'],
      [2, '海洋装备', '孙小美', '1380000', '', '东部园区', '线索'],
      [3, '智慧农业', '周大福', '', '', '南山园区', '线索'],
      [
        4,
        '新能源汽车零部件',
        '郑好',
        '13812340004',
        '',
        '西部园区',
        '落地注册',
        '',
        '',
        '2026-01-01',
        '2026-02-30',
        '2026-04-01',
        '郑好科技',
        '91330100MA2H00001X',
      ],
      [
        5,
        '碳纤维',
        '冯远',
        '13812340005',
        '',
        '西部园区',
        '落地',
        '',
        '',
        '2026-01-01',
        '2026-02-01',
        '2026-03-01',
        '冯远材料',
        makeUscc('91330100MA2H00009'),
      ],
    ])
    const before = await written()
    const checked = await preview(county.agents.admin, file, '台账.xlsx')
    const result = checked.data!.previewLedgerImport
    expect(result).toMatchObject({ canCommit: false, headerRow: 2, counts: { rows: 5, invalid: 4 } })
    // Rows that cannot be read still say which project they are.
    expect(
      result.rows.map(
        (row: { rowNumber: number; title: string; talentName: string }) =>
          `${row.rowNumber} ${row.title} ${row.talentName}`,
      ),
    ).toEqual([
      '3 合成生物平台 钱多多',
      '4 海洋装备 孙小美',
      '5 智慧农业 周大福',
      '6 新能源汽车零部件 郑好',
      '7 碳纤维 冯远',
    ])
    expect(result.rows.map((row: { rowNumber: number; errors: string[] }) => [row.rowNumber, row.errors])).toEqual([
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
    expect(problems.map((problem) => problem.message.split('：')[0])).toEqual([
      '第 4 行（海洋装备 · 孙小美）',
      '第 5 行（智慧农业 · 周大福）',
      '第 6 行（新能源汽车零部件 · 郑好）',
      '第 7 行（碳纤维 · 冯远）',
    ])
    expect((error.extensions!.rows as { rowNumber: number }[]).map((row) => row.rowNumber)).toEqual([4, 5, 6, 7])
    expect(await written()).toBe(before)
  })

  it(
    'reads the column names hand-kept ledgers use, ' + 'and takes the user’s mapping for a column it does not know',
    async () => {
      const rows = [
        ['2026年东部园区人才引进工作台账（截至3月底）'],
        ['序号', '项目', '姓名', '联系电话', '现工作单位', '园区/镇街', '进展阶段', '人才层次', '领域说明'],
        ['1', '高端医疗器械', '褚明', '138-1234-0010', '浙江大学医学院', '东部园区', '在谈', 'B类人才', '生物医药'],
      ]
      const file = Buffer.from(csvText(rows), 'utf8')
      const guessed = (await preview(county.agents.admin, file, '东部园区台账.csv')).data!.previewLedgerImport
      expect(guessed.headerRow).toBe(2)
      expect(
        guessed.columns.map((column: { header: string; field: string | null }) => [column.header, column.field]),
      ).toEqual([
        ['序号', null],
        ['项目', 'TITLE'],
        ['姓名', 'TALENT_NAME'],
        ['联系电话', 'PHONE'],
        ['现工作单位', 'EMPLOYER'],
        ['园区/镇街', 'UNIT'],
        ['进展阶段', 'STAGE'],
        ['人才层次', 'TALENT_CLASS'],
        ['领域说明', null],
      ])
      expect(guessed.canCommit).toBe(true)
      const mapping = [{ column: 9, field: 'INDUSTRY' }]
      expect(
        (await preview(county.agents.admin, file, '东部园区台账.csv', mapping)).data!.previewLedgerImport.columns[8]
          .field,
      ).toBe('INDUSTRY')
      const done = await commit(county.agents.admin, file, '东部园区台账.csv', { mapping })
      expect(done.errors).toBeUndefined()
      const project = await db.prisma.project.findFirstOrThrow({
        where: { title: '高端医疗器械' },
        include: { talent: true, stageChanges: true },
      })
      expect([
        project.stage,
        project.industry,
        project.unitId,
        project.talent.phone,
        project.talent.talentClass,
        project.talent.employer,
      ]).toEqual(['NEGOTIATING', '生物医药', county.units.east.id, '+8613812340010', 'B', '浙江大学医学院'])
      expect(project.stageChanges.map((change) => [change.toStage, change.note])).toEqual([
        ['LEAD', '台账导入（东部园区台账.csv）'],
      ])

      const withoutUnit = Buffer.from(
        csvText([rows[1]!.filter((name) => name !== '园区/镇街'), ['1', '项目甲', '某人', '', '', '线索', '', '']]),
        'utf8',
      )
      const missing = (await preview(county.agents.admin, withoutUnit, 'a.csv')).data!.previewLedgerImport
      expect([missing.canCommit, missing.problems]).toEqual([false, ['缺少“所属单位”列（或未指定哪一列是所属单位）']])
      expect((await commit(county.agents.admin, withoutUnit, 'a.csv')).errors?.[0]).toMatchObject({
        message: '缺少“所属单位”列（或未指定哪一列是所属单位）',
        extensions: { code: 'BAD_USER_INPUT' },
      })
    },
  )

  it(
    'recognises talents and projects already in the system: same phone or same name and employer; an existing ' +
      'project is skipped',
    async () => {
      const { talentId, projectId } = await talentWithProject(county.agents.eastManager, {
        name: '李四',
        phone: '13900001111',
        employer: '浙江大学',
      })
      const zhou = await db.prisma.talent.create({ data: { name: '周杰', employer: '南京大学' } })
      const rows = [
        header.slice(0, 7),
        ['1', '新材料中试基地', '李四', '13900001111', '浙江大学', '东部园区', '线索'],
        ['2', '新型催化剂', '李四', '+86 139 0000 1111', '', '东部园区', '接洽'],
        ['3', '光伏组件', '周杰', '', '南京大学', '东部园区', '考察'],
        ['4', '储能系统', '吴刚', '13622223333', '', '东部园区', '线索'],
        ['5', '储能电站运维', '吴刚', '13622223333', '', '东部园区', '线索'],
      ]
      const file = Buffer.from(csvText(rows), 'utf8')
      const result = (await preview(county.agents.admin, file, 'dedup.csv')).data!.previewLedgerImport
      expect(
        result.rows.map((row: Record<string, unknown>) => [
          row.rowNumber,
          row.talentAction,
          row.matchedBy,
          row.sameAsRow,
          row.projectAction,
        ]),
      ).toEqual([
        [2, 'EXISTING', 'SAME_PHONE', null, 'SKIP'],
        [3, 'EXISTING', 'SAME_PHONE', null, 'CREATE'],
        [4, 'EXISTING', 'SAME_NAME_AND_EMPLOYER', null, 'CREATE'],
        [5, 'NEW', null, null, 'CREATE'],
        [6, 'SAME_AS_ROW', null, 5, 'CREATE'],
      ])
      expect(result.rows[0].notes).toContain(
        '系统中已有该人才的同名项目（东部园区）；本行没有项目编号，跳过，不做修改。要修改已有项目，请导出台账，在导出的文件中修改后再导入',
      )
      expect(result.counts).toEqual({
        rows: 5,
        invalid: 0,
        newTalents: 1,
        matchedTalents: 2,
        newProjects: 4,
        updatedProjects: 0,
        unchangedProjects: 0,
        skipped: 1,
      })

      const talentsBefore = await db.prisma.talent.count()
      const report = (await commit(county.agents.admin, file, 'dedup.csv')).data!.commitLedgerImport
      expect(report.counts).toEqual(result.counts)
      expect(report.rows[0]).toMatchObject({ projectAction: 'SKIP', projectUuid: projectId, talentUuid: talentId })
      expect(report.rows[3].talentUuid).toBe(report.rows[4].talentUuid)
      expect(await db.prisma.talent.count()).toBe(talentsBefore + 1)
      expect(await db.prisma.project.count({ where: { talentId } })).toBe(2)
      expect(await db.prisma.project.count({ where: { talentId: zhou.id } })).toBe(1)
      expect((await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).version).toBe(1)
    },
  )

  it('refuses a project for a talent another unit is following (claim protection)', async () => {
    await talentWithProject(county.agents.westManager, { name: '孙丽', phone: '13711112222', employer: '厦门大学' })
    const file = Buffer.from(
      csvText([header.slice(0, 7), ['1', '海水淡化', '孙丽', '13711112222', '', '东部园区', '线索']]),
      'utf8',
    )
    const row = (await preview(county.agents.admin, file, 'claim.csv')).data!.previewLedgerImport.rows[0]
    expect(row.errors).toEqual(['该人才（孙*）正由西部园区跟进，不能重复立项；如需改由本单位跟进请先协调'])
  })

  it('reads CSV saved by Excel as GBK, as UTF-8 with a byte-order mark, and as plain UTF-8', async () => {
    const text = (title: string) =>
      csvText([header.slice(0, 7), ['1', title, '欧阳锋', '', '白驼山庄', '西部园区', '线索']])
    const files = {
      gbk: encodeGbk(text('西域药材（GBK）')),
      bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text('西域药材（BOM）'), 'utf8')]),
      utf8: Buffer.from(text('西域药材（UTF-8）'), 'utf8'),
    }
    for (const [kind, file] of Object.entries(files)) {
      const result = (await preview(county.agents.admin, file, `${kind}.csv`)).data!.previewLedgerImport
      expect([
        result.format,
        result.encoding,
        result.canCommit,
        result.rows[0].title,
        result.rows[0].talentName,
      ]).toEqual([
        'csv',
        kind === 'gbk' ? 'gbk' : 'utf-8',
        true,
        `西域药材（${kind === 'gbk' ? 'GBK' : kind === 'bom' ? 'BOM' : 'UTF-8'}）`,
        '欧阳锋',
      ])
    }
    expect((await commit(county.agents.admin, files.gbk, 'gbk.csv')).errors).toBeUndefined()
    const project = await db.prisma.project.findFirstOrThrow({
      where: { title: '西域药材（GBK）' },
      include: { talent: true, unit: true },
    })
    expect([project.talent.name, project.talent.employer, project.unit.name]).toEqual([
      '欧阳锋',
      '白驼山庄',
      '西部园区',
    ])
  })

  it('writes once when the commit is replayed, and answers the replay with the first report', async () => {
    const file = await xlsxOf([
      header.slice(0, 7),
      [1, '重放测试项目', '韩梅梅', '13512345678', '', '西部园区', '线索'],
    ])
    const clientMutationId = uuidv7()
    const first = await commit(county.agents.admin, file, 'replay.xlsx', { clientMutationId })
    expect(first.errors).toBeUndefined()
    const after = await written()
    const again = await commit(county.agents.admin, file, 'replay.xlsx', { clientMutationId })
    expect(again.data).toEqual(first.data)
    expect(await written()).toBe(after)
    expect(await db.prisma.project.count({ where: { title: '重放测试项目' } })).toBe(1)
    const batch = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'commitLedgerImport', entityId: first.data!.commitLedgerImport.uuid },
    })
    expect(batch.changes).toMatchObject({ after: { fileName: 'replay.xlsx', newProjects: 1 } })
  })

  it('is the talent office’s alone, and a file that is not a ledger is refused in Chinese', async () => {
    const file = await xlsxOf([header.slice(0, 7), [1, '越权项目', '某人', '', '', '东部园区', '线索']])
    const before = await written()
    for (const agent of [
      county.agents.eastManager,
      county.agents.eastHead,
      county.agents.leader,
      county.agents.eastStaff,
    ]) {
      expect((await preview(agent, file, 'x.xlsx')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      expect((await commit(agent, file, 'x.xlsx')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
    expect(await written()).toBe(before)
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

  it('imports a county’s whole ledger of 3 000 rows in one commit (more than a phone write’s 5 s ' +
    'transaction)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `批量项目${i}`,
      `批量人才${i}`,
      `158${String(i).padStart(8, '0')}`,
      `单位${i % 50}`,
      i % 2 ? '东部园区' : '西部园区',
      '线索',
      '2026-03-01',
    ])
    const file = await xlsxOf([['项目名称', '人才姓名', '手机号', '工作单位', '所属单位', '阶段', '登记日期'], ...rows])
    const result = await commit(county.agents.admin, file, '全县台账.xlsx')
    expect(result.errors).toBeUndefined()
    expect(result.data!.commitLedgerImport.counts).toMatchObject({
      rows: 3000,
      invalid: 0,
      newTalents: 3000,
      newProjects: 3000,
    })
    expect(await db.prisma.project.count({ where: { title: { startsWith: '批量项目' } } })).toBe(3000)
  }, 120_000)
})
