// How the import reads a 台账 kept by hand: the column names ledgers use, the user's mapping for a column it
// does not know, and CSV as Excel saves it — in GBK, or UTF-8 with or without a byte-order mark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { smallCounty } from '../support/pipeline.ts'
import { commit, csvText, encodeGbk, ledgerRows, preview, type LedgerMapping } from '../support/ledger-files.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

describe('reading a ledger', () => {
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
      expect(guessed.columns.map((column) => [column.header, column.field])).toEqual([
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
      const mapping: LedgerMapping = [{ column: 9, field: 'INDUSTRY' }]
      expect(
        (await preview(county.agents.admin, file, '东部园区台账.csv', mapping)).data!.previewLedgerImport.columns[8]
          ?.field,
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

  it('reads CSV saved by Excel as GBK, as UTF-8 with a byte-order mark, and as plain UTF-8', async () => {
    const text = (title: string) =>
      csvText(
        ledgerRows([{ 项目名称: title, 人才姓名: '欧阳锋', 工作单位: '白驼山庄', 所属单位: '西部园区', 阶段: '线索' }]),
      )
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
        result.rows[0]?.title,
        result.rows[0]?.talentName,
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
})
