// Statistics as leaders and unit managers read them: every figure equal to a row-by-row count of the same
// seeded county (funnel, groups, investment, support, trainees' sectors, youth reserve, staff, events), for
// the county and for one unit, in two years; and each unit's managers kept to their own unit's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import type { UntypedData } from '../support/api.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { smallCounty, type Agent } from '../support/pipeline.ts'
import { seedStatisticsWorld } from '../support/statistics-world.ts'
import { bruteForceStatistics } from '../support/statistics-brute-force.ts'
import { Sector } from '../../server/src/generated/prisma/enums.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let units: { east: string; west: string; town: string }
const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!
const round = (value: number | null, places = 3) =>
  value === null ? null : Math.round(value * 10 ** places) / 10 ** places

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const town = await createUnit(db.prisma, '青山镇', 'TOWN')
  units = { east: county.units.east.id, west: county.units.west.id, town: town.id }
  const { people } = county
  const townStaff = await createUser(db.prisma, 'qingshan.staff', 'STAFF', town.id)
  const gone = await createUser(db.prisma, 'east.gone', 'STAFF', units.east)
  const idle = await createUser(db.prisma, 'east.idle', 'STAFF', units.east)
  await createUser(db.prisma, 'west.left', 'STAFF', units.west).then((left) =>
    db.prisma.user.update({ where: { id: left.id }, data: { active: false } }),
  )
  const recruiters = [
    people.eastStaff,
    people.eastStaff2,
    people.eastManager,
    people.eastHead,
    people.westStaff,
    people.westManager,
    townStaff,
    gone,
    idle,
  ]
  await seedStatisticsWorld(db.prisma, { units: Object.values(units), departments: [county.units.hrss.id], recruiters })
  // Left during the year: listed for what they did, unlike west.left, who did nothing.
  await db.prisma.user.update({ where: { id: gone.id }, data: { active: false } })
}, 120_000)
afterAll(() => db?.close())

async function ask(agent: Agent, query: string, variables: Record<string, unknown>) {
  const result = await agent.requestText(query, variables)
  expect(result.errors).toBeUndefined()
  return result.data!
}

const funnelQuery =
  `query ($year: Int!, $unitId: String) { pipelineFunnel(year: $year, unitId: $unitId) { stage ` +
  `reached conversionToNext timedToNext medianDaysToNext active onHold lost } }`
const groupFields = 'unit { id } industry talentClass sourceChannel month logged signed landed'
const breakdownQuery = `query ($year: Int!, $unitId: String) { pipelineBreakdown(year: $year, unitId: $unitId) {
  total { ${groupFields} } byUnit { ${groupFields} } byIndustry { ${groupFields} } byTalentClass { ${groupFields} }
    bySourceChannel { ${groupFields} } byMonth { ${groupFields} } } }`
const investmentQuery =
  `query ($year: Int!, $unitId: String) { landedInvestment(year: $year, unitId: $unitId) { ` +
  `unit { id } landed investmentAgreed registeredCapital } }`
const supportQuery = `query ($year: Int!, $unitId: String) { supportRequestStatistics(year: $year, unitId: $unitId) {
  category total open assigned inProgress resolvedNow closed rejected resolved medianResolutionHours
    averageSatisfaction rated } }`
const sectorsQuery = `query ($year: Int!, $unitId: String, $years: Int) { programTraineeSectors(year: $year,
  unitId: $unitId, years: $years) {
  year trainees selected enterpriseShare educationShare healthShare sectors { sector trainees selected traineeShare
    selectedShare } } }`
const youthQuery =
  `query ($year: Int!, $unitId: String) { youthReserve(year: $year, unitId: $unitId) { unit { id ` +
  `} talents selected } }`
const staffQuery =
  `query ($year: Int!, $unitId: String) { staffActivity(year: $year, unitId: $unitId) { userUuid ` +
  `name active leads followUps signed landed lastFollowUpAt unit { id } } }`
const eventFields = 'unit { id } month events attendances talents'
const eventsQuery = `query ($year: Int!, $unitId: String) { serviceEventStatistics(year: $year, unitId: $unitId) {
  total { ${eventFields} } byUnit { ${eventFields} } byMonth { ${eventFields} } byUnitAndMonth { ${eventFields} } } }`

type Row = UntypedData
const rounded = (row: Row) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]))

// Who asks for what: the talent office for the county, a county leader for one unit, a park manager for their own.
const views = () => [
  { label: 'the county (talent office)', agent: county.agents.admin, unitId: null, asked: undefined },
  { label: 'the east park (county leader)', agent: county.agents.leader, unitId: units.east, asked: units.east },
  {
    label: 'the west park (its manager, no unit given)',
    agent: county.agents.westManager,
    unitId: units.west,
    asked: undefined,
  },
]
const cases = [2026, 2025].flatMap((year) => [0, 1, 2].map((view) => [year, view] as const))

describe.each(cases)('in %i, view %i', (year, view) => {
  const setup = () => {
    const v = views()[view]!
    return { ...v, expected: bruteForceStatistics(db.prisma, year, v.unitId), vars: { year, unitId: v.asked } }
  }

  it('the funnel: stages reached, conversion and median days between stages', async () => {
    const { agent, expected, vars } = setup()
    const stages: Row[] = (await ask(agent, funnelQuery, vars)).pipelineFunnel
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
    const breakdown = (await ask(agent, breakdownQuery, vars)).pipelineBreakdown
    const counts = (row: Row) => ({ logged: round(row.logged), signed: round(row.signed), landed: round(row.landed) })
    const expectedOf = (key: string) => counts(groups.get(key) ?? { logged: 0, signed: 0, landed: 0 })
    expect(counts(breakdown.total)).toEqual(expectedOf('total'))
    const keyed: [Row[], (row: Row) => string][] = [
      [breakdown.byUnit, (row) => `unit:${uuidOf(row.unit.id)}`],
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

    const money: Row[] = (await ask(agent, investmentQuery, vars)).landedInvestment
    // To 0.05 万元: the server's sum and the count's are added in different orders (rounding both to 0.1 would
    // disagree whenever a sum falls on a twentieth).
    const moneyOf = (row: Row) => ({
      landed: round(row.landed),
      investmentAgreed: Number(row.investmentAgreed),
      registeredCapital: Number(row.registeredCapital),
    })
    const near = (row: Row) => ({
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
    const rows: Row[] = (await ask(agent, supportQuery, vars)).supportRequestStatistics
    expect(rows).toHaveLength(12)
    const nonEmpty = rows.filter((row) => row.category === null || row.total > 0)
    const byCategory = (a: Row, b: Row) => String(a.category).localeCompare(String(b.category))
    expect(nonEmpty.map(rounded).sort(byCategory)).toEqual((await expected).support.map(rounded).sort(byCategory))
  })

  it('program trainees by sector over five years, and the under-35 reserve', async () => {
    const { agent, expected, vars } = setup()
    const { traineesOf, youth } = await expected
    const years: Row[] = (await ask(agent, sectorsQuery, { ...vars, years: 5 })).programTraineeSectors
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
      expect(y.sectors.map((s: Row) => s.sector)).toEqual([...Object.values(Sector), null])
      expect(y.enterpriseShare).toBe(y.sectors[0].traineeShare)
    }
    const reserve: Row[] = (await ask(agent, youthQuery, vars)).youthReserve
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
    const rows: Row[] = (await ask(agent, staffQuery, vars)).staffActivity
    const byUuid = (a: Row, b: Row) => a.userUuid.localeCompare(b.userUuid)
    expect(rows.map(({ unit: _unit, ...row }) => row).sort(byUuid)).toEqual((await expected).staff.sort(byUuid))
    if (unitId) expect(rows.every((row) => uuidOf(row.unit.id) === unitId)).toBe(true)
    expect(rows.map((row) => row.name)).not.toContain('west.left')
    if (unitId !== units.west)
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
    const stats = (await ask(agent, eventsQuery, vars)).serviceEventStatistics
    const keyOf = (row: Row) =>
      [row.unit ? `unit:${uuidOf(row.unit.id)}` : null, row.month ? `month:${row.month}` : null]
        .filter(Boolean)
        .join('/') || 'total'
    const figures = (row: Row) => ({ events: row.events, attendances: row.attendances, talents: row.talents })
    const all: Row[] = [stats.total, ...stats.byUnit, ...stats.byMonth, ...stats.byUnitAndMonth]
    const shown = all.filter((row) => row.events > 0)
    expect(Object.fromEntries(shown.map((row) => [keyOf(row), figures(row)]))).toEqual(Object.fromEntries(events))
    expect(shown).toHaveLength(events.size)
  })
})

describe('who may read which unit', () => {
  const everyQuery = [
    funnelQuery,
    breakdownQuery,
    investmentQuery,
    supportQuery,
    sectorsQuery,
    youthQuery,
    staffQuery,
    eventsQuery,
  ]
  const field = (query: string) => /\{ (\w+)\(/.exec(query)![1]!

  it.each(everyQuery.map((query) => [field(query), query]))(
    '%s: a park manager cannot read another unit, staff and strangers cannot read at all',
    async (_name, query) => {
      const other = await county.agents.westManager.requestText(query, { year: 2026, unitId: units.east })
      expect(other.errors?.[0]).toMatchObject({
        message: '没有权限执行此操作',
        extensions: { code: 'FORBIDDEN', detail: '只能查看本单位的统计' },
      })
      expect(other.data).toBeNull()
      expect((await county.agents.eastStaff.requestText(query, { year: 2026 })).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      )
      expect((await county.api.agent().requestText(query, { year: 2026 })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      )
    },
  )

  it.each(everyQuery.map((query) => [field(query), query]))(
    '%s: a year that cannot be and a unit that is no UUID are refused in Chinese',
    async (_name, query) => {
      const year = await county.agents.leader.requestText(query, { year: 20260 })
      expect(year.errors?.[0]).toMatchObject({
        message: expect.stringContaining('年度不正确'),
        extensions: { code: 'BAD_USER_INPUT' },
      })
      const unit = await county.agents.leader.requestText(query, { year: 2026, unitId: 'east' })
      expect(unit.errors?.[0]).toMatchObject({
        message: '单位格式不正确（应为 UUID）',
        extensions: { code: 'BAD_USER_INPUT' },
      })
    },
  )

  it(
    'a unit’s head reads their own unit’s figures when no unit is given, the same as a county leader asking for ' +
      'it',
    async () => {
      for (const query of [funnelQuery, breakdownQuery, staffQuery, eventsQuery]) {
        expect(await ask(county.agents.eastHead, query, { year: 2026 })).toEqual(
          await ask(county.agents.leader, query, { year: 2026, unitId: units.east }),
        )
      }
    },
  )

  it('a department reads the support figures of the requests assigned to it, and nothing else', async () => {
    const hrss = county.units.hrss.id
    const rows: Row[] = (await ask(county.agents.hrss, supportQuery, { year: 2026 })).supportRequestStatistics
    const expected = await bruteForceStatistics(db.prisma, 2026, hrss)
    expect(rows[0]!.total).toBe(expected.support.find((row) => row.category === null)!.total)
    expect(rows[0]!.total).toBeGreaterThan(0)
    expect((await county.agents.hrss.requestText(funnelQuery, { year: 2026 })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    )
  })

  it('the trainees’ sectors span one to ten years', async () => {
    const result = await county.agents.leader.requestText(sectorsQuery, { year: 2026, years: 11 })
    expect(result.errors?.[0]).toMatchObject({ message: '年数应为 1–10', extensions: { code: 'BAD_USER_INPUT' } })
  })
})
