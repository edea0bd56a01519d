// 人才投入: the east park's manager records what the park spent on talent work; the office records for any
// unit; the TALENT_INVESTMENT indicator counts it. Replays write once, stale versions conflict, bad input
// writes nothing, and each unit reads only its own spending.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetClock, setClock } from '../support/clock.ts'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, op, smallCounty } from '../support/pipeline.ts'
import {
  DeleteTalentSpending,
  RecordTalentSpending,
  TalentSpendings,
  UpdateTalentSpending,
} from '../support/spending-documents.ts'

const InvestmentScores = graphql(`
  query InvestmentScores {
    assessmentScores(year: 2026, asOf: "2026-06-15T04:00:00Z") {
      units { unit { name } indicators { metric actual } }
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
const spending = (extra: Record<string, unknown> = {}) => ({
  ...ids(),
  spentOn: '2026-03-05',
  amount: '12.50',
  purpose: '青年人才生活补贴',
  ...extra,
})

beforeAll(async () => {
  setClock('2026-06-15T12:00:00+08:00')
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const scheme = await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度考核办法' } })
  const indicator = await db.prisma.indicator.create({
    data: {
      schemeId: scheme.id,
      code: 'TALENT_INVESTMENT',
      name: '人才投入',
      metric: 'TALENT_INVESTMENT',
      weight: 10,
      unitKinds: ['PARK'],
    },
  })
  await db.prisma.target.createMany({
    data: [county.units.east.id, county.units.west.id].map((unitId) => ({
      indicatorId: indicator.id,
      unitId,
      value: 100,
    })),
  })
}, 120_000)
afterAll(async () => {
  resetClock()
  await db?.close()
})

describe('talent spending', () => {
  it('is recorded once per client mutation id by the unit’s manager, audited', async () => {
    const input = spending()
    const results = await Promise.all(
      [1, 2, 3].map(() => mutate(county.agents.eastManager, RecordTalentSpending, input)),
    )
    for (const result of results)
      expect(result.data).toEqual({
        uuid: input.id,
        unit: { name: '东部园区' },
        spentOn: '2026-03-05',
        amount: '12.5',
        purpose: '青年人才生活补贴',
        version: 1,
      })
    expect(await db.prisma.talentSpending.count({ where: { id: input.id } })).toBe(1)
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: input.id } })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'recordTalentSpending', entity: 'TalentSpending' })
  })

  it('is recorded for the own unit only, except by the office', async () => {
    const before = await db.prisma.talentSpending.count()
    const forWest = spending({ unitId: county.units.west.id, amount: '30' })
    expect((await mutate(county.agents.eastManager, RecordTalentSpending, forWest)).code).toBe('FORBIDDEN')
    expect((await mutate(county.agents.eastStaff, RecordTalentSpending, spending())).code).toBe('FORBIDDEN')
    expect((await mutate(county.agents.leader, RecordTalentSpending, spending())).code).toBe('FORBIDDEN')
    expect(await db.prisma.talentSpending.count()).toBe(before)
    const byOffice = await mutate(county.agents.admin, RecordTalentSpending, forWest)
    expect(byOffice.data).toMatchObject({ unit: { name: '西部园区' }, amount: '30' })
    const byHead = await mutate(county.agents.eastHead, RecordTalentSpending, spending({ amount: '7.25' }))
    expect(byHead.data).toMatchObject({ unit: { name: '东部园区' } })
  })

  it.each([
    [{ amount: '0' }, '金额应为大于 0 的数字（万元，最多两位小数）'],
    [{ amount: '-3' }, '金额应为大于 0 的数字（万元，最多两位小数）'],
    [{ amount: '1.234' }, '金额应为大于 0 的数字（万元，最多两位小数）'],
    [{ spentOn: '2026-06-16' }, '支出日期（2026-06-16）不能晚于今天（2026-06-15）'],
    [{ purpose: '  ' }, '用途不能为空'],
    [{ purpose: '用'.repeat(201) }, expect.stringContaining('最多 200 个字符')],
  ])('refuses %o, writing nothing', async (bad, message) => {
    const before = await db.prisma.talentSpending.count()
    const result = await mutate(county.agents.eastManager, RecordTalentSpending, spending(bad))
    expect(result).toMatchObject({ code: 'BAD_USER_INPUT', message })
    expect(await db.prisma.talentSpending.count()).toBe(before)
  })

  it('is changed under its version and removed with a reason the audit log keeps', async () => {
    const input = spending({ amount: '5' })
    await mutate(county.agents.eastManager, RecordTalentSpending, input)
    const change = { ...op(), id: input.id, version: 1, amount: '6.00' }
    const changed = await mutate(county.agents.eastManager, UpdateTalentSpending, change)
    expect(changed.data).toMatchObject({ amount: '6', version: 2 })
    expect((await mutate(county.agents.eastManager, UpdateTalentSpending, change)).data).toMatchObject({ version: 2 })
    const stale = await mutate(county.agents.eastHead, UpdateTalentSpending, { ...change, ...op(), amount: '9' })
    expect(stale.code).toBe('CONFLICT')
    const foreign = await mutate(county.agents.westManager, UpdateTalentSpending, { ...change, ...op(), version: 2 })
    expect(foreign.code).toBe('NOT_FOUND')
    expect((await db.prisma.talentSpending.findUniqueOrThrow({ where: { id: input.id } })).amount.toString()).toBe('6')

    const remove = { ...op(), id: input.id, version: 1, reason: '重复登记' }
    expect((await mutate(county.agents.eastManager, DeleteTalentSpending, remove)).code).toBe('CONFLICT')
    const removal = { ...remove, ...op(), version: 2 }
    expect((await mutate(county.agents.eastManager, DeleteTalentSpending, removal)).data).toBe(input.id)
    expect((await mutate(county.agents.eastManager, DeleteTalentSpending, removal)).data).toBe(input.id)
    expect(await db.prisma.talentSpending.count({ where: { id: input.id } })).toBe(0)
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: input.id, action: 'deleteTalentSpending' },
    })
    expect(audit).toMatchObject({
      reason: '重复登记',
      changes: { before: { amount: '6', purpose: '青年人才生活补贴' } },
    })
  })

  it('lists a unit’s year with its total, each unit only its own', async () => {
    await mutate(county.agents.eastManager, RecordTalentSpending, spending({ spentOn: '2025-12-31', amount: '99' }))
    const east = await county.agents.eastManager.request(TalentSpendings, { year: 2026 })
    expect(east.data?.talentSpendingTotal).toBe('19.75')
    expect(east.data?.talentSpendings.map((row) => row.amount)).toEqual(['7.25', '12.5'])
    const lastYear = await county.agents.eastHead.request(TalentSpendings, { year: 2025 })
    expect(lastYear.data?.talentSpendingTotal).toBe('99.00')
    const peek = await county.agents.westManager.request(TalentSpendings, { unitId: county.units.east.id })
    expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const office = await county.agents.admin.request(TalentSpendings, { unitId: county.units.east.id })
    expect(office.data?.talentSpendingTotal).toBe('19.75')
    const county_ = await county.agents.leader.request(TalentSpendings, {})
    expect(county_.data?.talentSpendingTotal).toBe('49.75')
    const staff = await county.agents.eastStaff.request(TalentSpendings, {})
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('counts in the TALENT_INVESTMENT indicator', async () => {
    const scores = await county.agents.leader.request(InvestmentScores, {})
    const actual = (name: string) =>
      scores.data?.assessmentScores?.units
        .find((row) => row.unit.name === name)
        ?.indicators.find((indicator) => indicator.metric === 'TALENT_INVESTMENT')?.actual
    expect(actual('东部园区')).toBe(19.75)
    expect(actual('西部园区')).toBe(30)
  })
})
