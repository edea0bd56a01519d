// Statistics as leaders and unit managers read them: every figure equal to a row-by-row count of the same
// seeded county (funnel, groups, investment, support, trainees' sectors, youth reserve, staff, events), for
// the county and for one unit, in two years.
import { describe, expect, it } from 'vitest'
import { ask, statisticsCounty, uuidOf } from '../support/statistics-county.ts'
import {
  BreakdownQuery,
  EventsQuery,
  FunnelQuery,
  InvestmentQuery,
  SectorsQuery,
  StaffQuery,
  SupportQuery,
  YouthQuery,
} from '../support/statistics-documents.ts'
import { bruteForceStatistics } from '../support/statistics-brute-force.ts'
import { Sector } from '../../server/src/generated/prisma/enums.ts'

const { db, county, units } = statisticsCounty()
const round = (value: number | null, places = 3) =>
  value === null ? null : Math.round(value * 10 ** places) / 10 ** places
/** The row with its numbers rounded: the same fields, so still sortable by them. */
const rounded = <Row extends object>(row: Row) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])) as Row

// Who asks for what: the talent office for the county, a county leader for one unit, a park manager for their own.
const views = () => [
  { label: 'the county (talent office)', agent: county().agents.admin, unitId: null, asked: undefined },
  { label: 'the east park (county leader)', agent: county().agents.leader, unitId: units().east, asked: units().east },
  {
    label: 'the west park (its manager, no unit given)',
    agent: county().agents.westManager,
    unitId: units().west,
    asked: undefined,
  },
]
const cases = [2026, 2025].flatMap((year) => [0, 1, 2].map((view) => [year, view] as const))

describe.each(cases)('in %i, view %i', (year, view) => {
  const setup = () => {
    const v = views()[view]!
    return { ...v, expected: bruteForceStatistics(db().prisma, year, v.unitId), vars: { year, unitId: v.asked } }
  }

  it('the funnel: stages reached, conversion and median days between stages', async () => {
    const { agent, expected, vars } = setup()
    const stages = (await ask(agent, FunnelQuery, vars)).pipelineFunnel
    expect(stages.map(rounded)).toEqual((await expected).funnel.map(rounded))
    expect(stages[0]!.reached).toBeGreaterThan(0)
    // The county's year has every case in it: the comparison is not of empties.
    if (year === 2026 && view === 0) {
      expect(stages[0]!.reached).toBeGreaterThan(50)
      expect(stages.filter((s) => s.timedToNext > 0).length).toBeGreaterThan(4)
      expect([
        stages.some((s) => s.lost > 0),
        stages.some((s) => s.onHold > 0),
        stages.some((s) => s.conversionToNext !== null && s.conversionToNext < 1),
      ]).toEqual([true, true, true])
    }
  })

  it('logged, signed and landed by unit, industry, talent class, channel and month, and the money landed', async () => {
    const { agent, expected, vars } = setup()
    const { groups, investment } = await expected
    const breakdown = (await ask(agent, BreakdownQuery, vars)).pipelineBreakdown
    type Group = typeof breakdown.total
    const counts = (row: { logged: number; signed: number; landed: number }) => ({
      logged: round(row.logged),
      signed: round(row.signed),
      landed: round(row.landed),
    })
    const expectedOf = (key: string) => counts(groups.get(key) ?? { logged: 0, signed: 0, landed: 0 })
    expect(counts(breakdown.total)).toEqual(expectedOf('total'))
    const keyed: [Group[], (row: Group) => string][] = [
      [breakdown.byUnit, (row) => `unit:${uuidOf(row.unit!.id)}`],
      [breakdown.byIndustry, (row) => `industry:${row.industry}`],
      [breakdown.byTalentClass, (row) => `class:${row.talentClass}`],
      [breakdown.bySourceChannel, (row) => `channel:${row.sourceChannel}`],
      [breakdown.byMonth, (row) => `month:${row.month}`],
    ]
    for (const [rows, keyOf] of keyed)
      for (const row of rows) expect([keyOf(row), counts(row)]).toEqual([keyOf(row), expectedOf(keyOf(row))])
    const present = (prefix: string) => [...groups.keys()].filter((key) => key.startsWith(prefix)).sort()
    expect(breakdown.byUnit.map(keyed[0]![1]).sort()).toEqual(present('unit:'))
    expect(breakdown.byIndustry.map(keyed[1]![1]).sort()).toEqual(present('industry:'))
    expect(breakdown.byMonth).toHaveLength(12)

    const money = (await ask(agent, InvestmentQuery, vars)).landedInvestment
    // To 0.05 万元: the server's sum and the count's are added in different orders (rounding both to 0.1 would
    // disagree whenever a sum falls on a twentieth).
    type Money = { landed: number; investmentAgreed: number; registeredCapital: number }
    const moneyOf = (row: Money) => ({
      landed: round(row.landed),
      investmentAgreed: Number(row.investmentAgreed),
      registeredCapital: Number(row.registeredCapital),
    })
    const near = (row: Money) => ({
      landed: round(row.landed),
      investmentAgreed: expect.closeTo(Number(row.investmentAgreed), 1),
      registeredCapital: expect.closeTo(Number(row.registeredCapital), 1),
    })
    const zero = { landed: 0, investmentAgreed: 0, registeredCapital: 0 }
    expect(money[0]!.unit).toBeNull()
    expect(Object.fromEntries(money.map((row) => [row.unit ? uuidOf(row.unit.id) : 'total', moneyOf(row)]))).toEqual(
      Object.fromEntries([['total', zero] as const, ...investment].map(([key, row]) => [key, near(row)])),
    )
  })

  it('support requests by category: status, median resolution hours, satisfaction', async () => {
    const { agent, expected, vars } = setup()
    const rows = (await ask(agent, SupportQuery, vars)).supportRequestStatistics
    expect(rows).toHaveLength(12)
    const nonEmpty = rows.filter((row) => row.category === null || row.total > 0)
    const byCategory = (a: { category: string | null }, b: { category: string | null }) =>
      String(a.category).localeCompare(String(b.category))
    expect(nonEmpty.map(rounded).sort(byCategory)).toEqual((await expected).support.map(rounded).sort(byCategory))
  })

  it('program trainees by sector over five years, and the under-35 reserve', async () => {
    const { agent, expected, vars } = setup()
    const { traineesOf, youth } = await expected
    const years = (await ask(agent, SectorsQuery, { ...vars, years: 5 })).programTraineeSectors
    expect(years.map((y) => y.year)).toEqual([year - 4, year - 3, year - 2, year - 1, year])
    for (const y of years) {
      expect([y.year, y.trainees, y.selected]).toEqual([
        y.year,
        traineesOf(y.year, undefined, false),
        traineesOf(y.year, undefined, true),
      ])
      for (const s of y.sectors) {
        const trainees = traineesOf(y.year, s.sector, false)
        const selected = traineesOf(y.year, s.sector, true)
        expect(s).toEqual({
          sector: s.sector,
          trainees,
          selected,
          traineeShare: y.trainees ? round(trainees / y.trainees, 4) : null,
          selectedShare: y.selected ? round(selected / y.selected, 4) : null,
        })
      }
      expect(y.sectors.map((s) => s.sector)).toEqual([...Object.values(Sector), null])
      expect(y.enterpriseShare).toBe(y.sectors[0]!.traineeShare)
    }
    const reserve = (await ask(agent, YouthQuery, vars)).youthReserve
    expect(
      Object.fromEntries(
        reserve.map((row) => [
          row.unit ? uuidOf(row.unit.id) : 'total',
          { talents: row.talents, selected: row.selected },
        ]),
      ),
    ).toEqual(Object.fromEntries(youth))
  })

  it('leads, follow-ups and signings per staff member, those who did nothing included', async () => {
    const { agent, expected, vars, unitId } = setup()
    const rows = (await ask(agent, StaffQuery, vars)).staffActivity
    const byUuid = (a: { userUuid: string }, b: { userUuid: string }) => a.userUuid.localeCompare(b.userUuid)
    expect(rows.map(({ unit: _unit, ...row }) => row).sort(byUuid)).toEqual((await expected).staff.sort(byUuid))
    if (unitId) expect(rows.every((row) => uuidOf(row.unit.id) === unitId)).toBe(true)
    expect(rows.map((row) => row.name)).not.toContain('west.left')
    if (unitId !== units().west)
      expect(rows.find((row) => row.name === 'east.idle')).toMatchObject({
        leads: 0,
        followUps: 0,
        signed: 0,
        landed: 0,
        active: true,
      })
  })

  it('service events and who took part, per unit and month', async () => {
    const { agent, expected, vars } = setup()
    const { events } = await expected
    const stats = (await ask(agent, EventsQuery, vars)).serviceEventStatistics
    type Figures = typeof stats.total
    const keyOf = (row: Figures) =>
      [row.unit ? `unit:${uuidOf(row.unit.id)}` : null, row.month ? `month:${row.month}` : null]
        .filter(Boolean)
        .join('/') || 'total'
    const figures = (row: Figures) => ({ events: row.events, attendances: row.attendances, talents: row.talents })
    const all = [stats.total, ...stats.byUnit, ...stats.byMonth, ...stats.byUnitAndMonth]
    const shown = all.filter((row) => row.events > 0)
    expect(Object.fromEntries(shown.map((row) => [keyOf(row), figures(row)]))).toEqual(Object.fromEntries(events))
    expect(shown).toHaveLength(events.size)
  })
})
