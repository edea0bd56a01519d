// A report the talent office issues reaches the head of every working unit; the office sees who opened it and
// when, and reminds those who have not. The first opening is the one kept, and a replay changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import {
  IssueReport,
  MarkReportOpened,
  MyReportReceiptQuery,
  RemindReportReaders,
  ReportReceiptsQuery,
} from '../support/report-documents.ts'
import { globalId, ids, mutate, smallCounty, type Agent } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let westHead: Agent
let reportId: string

const receiptsOf = async (agent: Agent) => {
  const read = await agent.request(ReportReceiptsQuery, { id: globalId('Report', reportId) })
  const node = read.data?.node
  return { errors: read.errors, receipts: node && 'receipts' in node ? node.receipts : undefined }
}
const open = (agent: Agent, clientMutationId = uuidv7()) =>
  mutate(agent, MarkReportOpened, { clientMutationId, reportId })

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  await createUser(db.prisma, 'west.head', 'UNIT_LEADER', county.units.west.id)
  westHead = await county.api.agent().login('west.head')
  // Neither a unit the county no longer has nor an account switched off receives it.
  const retired = await createUnit(db.prisma, '旧园区')
  await db.prisma.unit.update({ where: { id: retired.id }, data: { retiredAt: new Date('2025-12-31T00:00:00Z') } })
  await createUser(db.prisma, 'old.head', 'UNIT_LEADER', retired.id)
  const away = await createUser(db.prisma, 'away.head', 'UNIT_LEADER', county.units.hrss.id)
  await db.prisma.user.update({ where: { id: away.id }, data: { active: false } })
  await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度考核办法' } })
  const issued = await mutate(county.agents.admin, IssueReport, {
    ...ids(),
    kind: 'BULLETIN',
    year: 2026,
    period: '2026-06',
  })
  expect(issued.errors).toBeUndefined()
  reportId = issued.data!.uuid
})
afterAll(() => db?.close())

describe('read receipts of an issued report', () => {
  it('reach the head of every working unit, all unread at first', async () => {
    const { receipts } = await receiptsOf(county.agents.admin)
    expect(receipts?.map((receipt) => receipt.reader.name).sort()).toEqual(['east.head', 'west.head'])
    expect(receipts?.every((receipt) => receipt.openedAt === null && receipt.reminders === 0)).toBe(true)
  })

  it('keep the first opening only, and a replay answers the same', async () => {
    const clientMutationId = uuidv7()
    const first = await open(county.agents.eastHead, clientMutationId)
    expect(first.errors).toBeUndefined()
    const openedAt = first.data?.myReceipt?.openedAt
    expect(openedAt).toEqual(expect.any(String))
    expect((await open(county.agents.eastHead, clientMutationId)).data?.myReceipt?.openedAt).toBe(openedAt)
    expect((await open(county.agents.eastHead)).data?.myReceipt?.openedAt).toBe(openedAt)
    const mine = await county.agents.eastHead.request(MyReportReceiptQuery, { id: globalId('Report', reportId) })
    expect(mine.data?.node).toEqual({ myReceipt: { openedAt, reminders: 0 } })
  })

  it('are the office’s and the leaders’ to read; a head sees only their own', async () => {
    const { receipts, errors } = await receiptsOf(county.agents.leader)
    expect(errors).toBeUndefined()
    expect(receipts).toHaveLength(2)
    expect(receipts?.find((receipt) => receipt.reader.name === 'east.head')?.openedAt).not.toBeNull()
    // Unread first: the office's list starts with whom to chase.
    expect(receipts?.[0]?.reader.name).toBe('west.head')
    expect(receipts?.[0]?.unit.name).toBe('西部园区')
    const asHead = await receiptsOf(county.agents.eastHead)
    expect(asHead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('refuse an opening by someone the report was not sent to, and record nothing', async () => {
    const refused = await open(county.agents.eastManager)
    expect(refused.code).toBe('NOT_FOUND')
    expect(await db.prisma.reportReceipt.count({ where: { reportId } })).toBe(2)
  })

  it('remind only those who have not opened it; with nobody left, say so and change nothing', async () => {
    const reminded = await mutate(county.agents.admin, RemindReportReaders, { clientMutationId: uuidv7(), reportId })
    expect(reminded.errors).toBeUndefined()
    const byLogin = new Map(reminded.data?.receipts.map((receipt) => [receipt.reader.name, receipt]))
    expect(byLogin.get('west.head')).toMatchObject({ reminders: 1, remindedAt: expect.any(String) })
    expect(byLogin.get('east.head')).toMatchObject({ reminders: 0, remindedAt: null })
    // The reminder reaches the inbox of the unread head only; the first notice told both of the report.
    const reminders = await db.prisma.notice.findMany({
      where: { reportId, kind: 'REPORT_REMINDER' },
      select: { user: { select: { login: true } } },
    })
    expect(reminders.map((notice) => notice.user.login)).toEqual(['west.head'])
    expect(await db.prisma.notice.count({ where: { reportId, kind: 'REPORT_ISSUED' } })).toBe(2)

    expect((await mutate(westHead, RemindReportReaders, { clientMutationId: uuidv7(), reportId })).code).toBe(
      'FORBIDDEN',
    )
    expect((await open(westHead)).errors).toBeUndefined()
    const nobodyLeft = await mutate(county.agents.admin, RemindReportReaders, { clientMutationId: uuidv7(), reportId })
    expect(nobodyLeft.code).toBe('CONFLICT')
    expect(nobodyLeft.message).toBe('接收人都已打开这份报告，无需提醒')
    const after = await receiptsOf(county.agents.admin)
    expect(after.receipts?.map((receipt) => receipt.reminders).sort()).toEqual([0, 1])
  })
})
