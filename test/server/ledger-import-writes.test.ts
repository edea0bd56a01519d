// What an import writes: talents and projects already in the system recognised (a known project skipped, a
// known talent given the new ones), a replayed commit answered with the first report and written once, and a
// county's whole ledger of 3 000 rows in one commit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { smallCounty, talentWithProject } from '../support/pipeline.ts'
import { commit, csvText, importFootprint, ledgerRows, preview, xlsxOf } from '../support/ledger-files.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

describe('importing a ledger', () => {
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
      const rows = ledgerRows([
        {
          项目名称: '新材料中试基地',
          人才姓名: '李四',
          手机号: '13900001111',
          工作单位: '浙江大学',
          所属单位: '东部园区',
          阶段: '线索',
        },
        { 项目名称: '新型催化剂', 人才姓名: '李四', 手机号: '+86 139 0000 1111', 所属单位: '东部园区', 阶段: '接洽' },
        { 项目名称: '光伏组件', 人才姓名: '周杰', 工作单位: '南京大学', 所属单位: '东部园区', 阶段: '考察' },
        { 项目名称: '储能系统', 人才姓名: '吴刚', 手机号: '13622223333', 所属单位: '东部园区', 阶段: '线索' },
        { 项目名称: '储能电站运维', 人才姓名: '吴刚', 手机号: '13622223333', 所属单位: '东部园区', 阶段: '线索' },
      ])
      const file = Buffer.from(csvText(rows), 'utf8')
      const result = (await preview(county.agents.admin, file, 'dedup.csv')).data!.previewLedgerImport
      expect(
        result.rows.map((row) => [row.rowNumber, row.talentAction, row.matchedBy, row.sameAsRow, row.projectAction]),
      ).toEqual([
        [2, 'EXISTING', 'SAME_PHONE', null, 'SKIP'],
        [3, 'EXISTING', 'SAME_PHONE', null, 'CREATE'],
        [4, 'EXISTING', 'SAME_NAME_AND_EMPLOYER', null, 'CREATE'],
        [5, 'NEW', null, null, 'CREATE'],
        [6, 'SAME_AS_ROW', null, 5, 'CREATE'],
      ])
      expect(result.rows[0]?.notes).toContain(
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
      expect(report.rows[3]?.talentUuid).toEqual(expect.any(String))
      expect(report.rows[3]?.talentUuid).toBe(report.rows[4]?.talentUuid)
      expect(await db.prisma.talent.count()).toBe(talentsBefore + 1)
      expect(await db.prisma.project.count({ where: { talentId } })).toBe(2)
      expect(await db.prisma.project.count({ where: { talentId: zhou.id } })).toBe(1)
      expect((await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).version).toBe(1)
    },
  )

  it('writes once when the commit is replayed, and answers the replay with the first report', async () => {
    const file = await xlsxOf(
      ledgerRows([
        { 项目名称: '重放测试项目', 人才姓名: '韩梅梅', 手机号: '13512345678', 所属单位: '西部园区', 阶段: '线索' },
      ]),
    )
    const clientMutationId = uuidv7()
    const first = await commit(county.agents.admin, file, 'replay.xlsx', { clientMutationId })
    expect(first.errors).toBeUndefined()
    const after = await importFootprint(db.prisma)
    const again = await commit(county.agents.admin, file, 'replay.xlsx', { clientMutationId })
    expect(again.data).toEqual(first.data)
    expect(await importFootprint(db.prisma)).toBe(after)
    expect(await db.prisma.project.count({ where: { title: '重放测试项目' } })).toBe(1)
    const batch = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'commitLedgerImport', entityId: first.data!.commitLedgerImport.uuid },
    })
    expect(batch.changes).toMatchObject({ after: { fileName: 'replay.xlsx', newProjects: 1 } })
  })

  it('imports a county’s whole ledger of 3 000 rows in one commit (more than a phone write’s 5 s ' +
    'transaction)', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => ({
      项目名称: `批量项目${i}`,
      人才姓名: `批量人才${i}`,
      手机号: `158${String(i).padStart(8, '0')}`,
      工作单位: `单位${i % 50}`,
      所属单位: i % 2 ? '东部园区' : '西部园区',
      阶段: '线索',
      登记日期: '2026-03-01',
    }))
    const file = await xlsxOf(
      ledgerRows(lines, ['项目名称', '人才姓名', '手机号', '工作单位', '所属单位', '阶段', '登记日期']),
    )
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
