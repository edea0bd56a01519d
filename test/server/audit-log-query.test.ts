// The talent office reads the audit log back: filtered by person, object, action and time, newest first,
// page by page, and as .xlsx. Nobody else may; contact values never show, only that a reveal happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { AuditLogPage, AuditLogWorkbook, RevealContact } from '../support/dispute-documents.ts'
import { smallCounty, talentWithProject } from '../support/pipeline.ts'
import type { VariablesOf } from '../support/graphql.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let talent: { talentId: string; projectId: string }
const phone = '13977778888'

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  talent = await talentWithProject(county.agents.eastStaff, { name: '冯五', phone })
  const revealed = await county.agents.eastStaff2.request(RevealContact, {
    talentId: talent.talentId,
    reason: '约见面谈',
  })
  expect(revealed.errors).toBeUndefined()
  // Three entries at fixed times, for the date filter: the log's own clock is the database's.
  const months: [string, string][] = [
    ['2026-03-01', '三月'],
    ['2026-04-01', '四月'],
    ['2026-05-01', '五月'],
  ]
  for (const [day, reason] of months)
    await db.prisma.auditLog.create({
      data: { actorId: county.people.admin.id, action: 'settleTest', entity: 'Unit', reason, at: new Date(day) },
    })
}, 120_000)
afterAll(() => db?.close())

type Filter = VariablesOf<typeof AuditLogPage>['filter']
const page = async (filter: Filter, first = 50, after?: string) => {
  const result = await county.agents.admin.request(AuditLogPage, { filter, first, after })
  expect(result.errors).toBeUndefined()
  return result.data!.auditLog
}
const nodes = async (filter: Filter) => (await page(filter)).edges.map((edge) => edge.node)

describe('the audit log for the talent office', () => {
  it('is the office’s only', async () => {
    const { eastManager, leader, eastHead } = county.agents
    for (const agent of [eastManager, leader, eastHead]) {
      expect((await agent.request(AuditLogPage, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      expect((await agent.request(AuditLogWorkbook, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
  })

  it('shows a talent’s contact reveals: who, when and why, without the contact data', async () => {
    const reveals = await nodes({ entity: 'Talent', entityId: talent.talentId, action: 'revealContact' })
    expect(reveals).toEqual([
      expect.objectContaining({
        actionLabel: '查看联系方式',
        reason: '约见面谈',
        changes: [],
        actor: { name: 'east.staff2' },
      }),
    ])
  })

  it('says a contact field changed but never shows its value', async () => {
    const [created] = await nodes({ action: 'createTalent', entityId: talent.talentId })
    expect(created!.changes).toContain('phone: （联系方式，不显示）')
    expect(created!.changes).toContain('name: 冯五')
    expect(JSON.stringify(created)).not.toContain('7777')
  })

  it('filters by person and by time, newest first, page by page', async () => {
    const mine = await nodes({ actorId: county.people.eastStaff2.id })
    expect(mine.map((entry) => entry.action)).toEqual(['revealContact'])
    const spring = await nodes({
      action: 'settleTest',
      from: '2026-03-15T00:00:00.000Z',
      to: '2026-06-01T00:00:00.000Z',
    })
    expect(spring.map((entry) => entry.reason)).toEqual(['五月', '四月'])
    const first = await page({ action: 'settleTest' }, 1)
    expect(first.edges.map((edge) => edge.node.reason)).toEqual(['五月'])
    expect(first.pageInfo.hasNextPage).toBe(true)
    const second = await page({ action: 'settleTest' }, 2, first.pageInfo.endCursor!)
    expect(second.edges.map((edge) => edge.node.reason)).toEqual(['四月', '三月'])
  })

  it('refuses a filter that ends before it starts, or names no one, in Chinese', async () => {
    const { admin } = county.agents
    const backwards = await admin.request(AuditLogPage, {
      filter: { from: '2026-05-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
    })
    expect(backwards.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('结束时间须晚于开始时间'),
    })
    const nobody = await admin.request(AuditLogPage, { filter: { actorId: 'someone' } })
    expect(nobody.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('exports the filtered log as .xlsx without contact values, and audits the export', async () => {
    const result = await county.agents.admin.request(AuditLogWorkbook, { filter: { entityId: talent.talentId } })
    expect(result.errors).toBeUndefined()
    const file = result.data!.auditLogWorkbook
    expect(file.fileName).toMatch(/^审计日志（\d{4}-\d{2}-\d{2}）\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never)
    const sheet = workbook.getWorksheet('审计日志')!
    const rows = sheet.getSheetValues().slice(1) as unknown as ExcelJS.CellValue[][]
    expect(rows[0]![1]).toBe('审计日志')
    expect(String(rows[1]![1])).toContain('共 2 条')
    expect(rows[2]!.slice(1, 6)).toEqual(['序号', '时间', '操作人', '所在单位', '操作'])
    const actions = rows.slice(3).map((row) => [row[5], row[8]])
    expect(actions).toEqual([
      ['查看联系方式', '约见面谈'],
      ['登记人才', ''],
    ])
    expect(JSON.stringify(rows)).not.toContain('7777')
    expect(JSON.stringify(rows)).toContain('联系方式，不显示')
    const [exported] = await nodes({ action: 'exportAuditLog' })
    expect(exported).toMatchObject({ actor: { name: 'admin' }, entity: 'AuditLog' })
  })
})
