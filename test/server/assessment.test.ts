// Scores as leaders read them: every actual equal to a brute-force count over the same rows, every score
// following the scheme's rules, rankings within kinds and overall, and each unit's projects behind a number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { smallCounty } from '../support/pipeline.ts'
import { graphql } from '../support/graphql.ts'
import { bruteForceActuals, seedAssessmentWorld } from '../support/assessment-world.ts'
import { unitActuals, type CountedMetric } from '../../server/src/schema/assessment/assessment-actuals.ts'
import { countingWindow } from '../../server/src/schema/assessment/assessment-scores.ts'
import { classBonus, scoreIndicator } from '../../server/src/domain/assessment.ts'
import { IndicatorMetric } from '../../server/src/generated/prisma/enums.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let units: { parks: string[]; towns: string[]; departments: string[] }
const metrics: CountedMetric[] = [...Object.values(IndicatorMetric), 'CLASS_A', 'CLASS_B', 'CLASS_C']
const asOfs = ['2026-06-30T15:59:00Z', '2026-06-30T16:00:00Z', '2026-12-31T23:00:00+08:00', '2025-12-31T16:30:00Z'].map(
  (at) => new Date(at),
)

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const towns = [await createUnit(db.prisma, '青山镇', 'TOWN'), await createUnit(db.prisma, '城东街道', 'TOWN')]
  await createUser(db.prisma, 'qingshan.staff', 'STAFF', towns[0]!.id)
  units = {
    parks: [county.units.east.id, county.units.west.id],
    towns: towns.map((t) => t.id),
    departments: [county.units.hrss.id],
  }
  await seedAssessmentWorld(db.prisma, units, county.people.admin.id)
  const scheme = await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度人才工作考核办法' } })
  const plan: [IndicatorMetric, number, ('PARK' | 'TOWN' | 'DEPARTMENT')[]][] = [
    ['NATIONAL_MAJOR_TALENTS', 20, ['PARK', 'TOWN']],
    ['TALENT_INVESTMENT', 10, ['PARK', 'TOWN']],
    ['LEADS_LOGGED', 10, ['PARK', 'TOWN']],
    ['PROJECTS_SIGNED', 15, ['PARK', 'TOWN']],
    ['PROJECTS_LANDED', 20, ['PARK', 'TOWN']],
    ['APPLICATIONS_SUBMITTED', 10, ['PARK', 'TOWN']],
    ['PROGRAM_SELECTIONS', 5, ['PARK', 'TOWN']],
    ['YOUTH_RESERVE', 5, ['PARK', 'TOWN']],
    ['EVENT_PARTICIPANTS', 5, ['PARK', 'TOWN']],
    ['SUPPORT_RESOLVED', 100, ['DEPARTMENT']],
  ]
  for (const [sortOrder, [metric, weight, unitKinds]] of plan.entries()) {
    const indicator = await db.prisma.indicator.create({
      data: { schemeId: scheme.id, code: metric, name: metric, metric, weight, unitKinds, sortOrder },
    })
    // Small targets so that some units fall short, some exceed and some hit the cap; one unit is not assessed.
    const targets = [...units.parks, ...units.towns, ...units.departments].map((unitId, i) => ({
      indicatorId: indicator.id,
      unitId,
      value: unitId === units.towns[1] && metric === 'LEADS_LOGGED' ? 0 : ((i + sortOrder) % 4) + 1,
    }))
    await db.prisma.target.createMany({ data: targets })
  }
}, 120_000)
afterAll(() => db?.close())

const AssessmentScores = graphql(`
  query AssessmentScores($year: Int!, $asOf: DateTime) {
    assessmentScores(year: $year, asOf: $asOf) {
      year
      elapsedShare
      units {
        unit { id name kind }
        total
        scoreTotal
        bonusTotal
        classBonus
        classBonusUncapped
        landedClassA
        landedClassB
        landedClassC
        rankInKind
        rankOverall
        laggingCount
        indicators {
          indicatorUuid
          metric
          weight
          target
          actual
          assessed
          completion
          score
          bonus
          lagging
          actualLastYear
        }
        totalLastYear
      }
    }
  }
`)

const AssessmentBreakdown = graphql(`
  query AssessmentBreakdown($year: Int!, $unitId: String!, $indicatorId: String!, $asOf: DateTime) {
    assessmentBreakdown(year: $year, unitId: $unitId, indicatorId: $indicatorId, asOf: $asOf) {
      amount
      at
      projectUuid
      project { uuid title }
    }
  }
`)

describe('actuals', () => {
  it.each(asOfs.map((asOf) => [asOf.toISOString(), asOf]))(
    'equal a row-by-row count of the same data, as of %s (county days, credit moved and split)',
    async (_label, asOf) => {
      const window = countingWindow(2026, asOf, 35)
      const counted = await unitActuals(db.prisma, metrics, window)
      const expected = await bruteForceActuals(db.prisma, window)
      const round = (entries: [string, number][]) =>
        Object.fromEntries(entries.filter(([, v]) => v !== 0).map(([k, v]) => [k, Math.round(v * 10_000) / 10_000]))
      expect(round(counted.map((row) => [`${row.metric}:${row.unitId}`, row.actual]))).toEqual(round([...expected]))
      // The year-end window has something on nearly every metric and unit: the comparison is not of empties.
      if (asOf === asOfs[2]) expect(expected.size).toBeGreaterThan(30)
    },
  )
})

describe('scores', () => {
  it('follow the scheme on the counted actuals, with totals, rankings and the lagging list', async () => {
    // At the year's end: last year's November and December hold data to compare with (纵向比).
    const asOf = asOfs[2]!
    const result = await county.agents.leader.request(AssessmentScores, { year: 2026, asOf: asOf.toISOString() })
    expect(result.errors).toBeUndefined()
    const scores = result.data!.assessmentScores!
    expect(scores.elapsedShare).toBe(1)
    const expected = await bruteForceActuals(db.prisma, countingWindow(2026, asOf, 35))
    const sameDayLastYear = new Date(asOf)
    sameDayLastYear.setUTCFullYear(2025)
    const lastYear = await bruteForceActuals(db.prisma, countingWindow(2025, sameDayLastYear, 35))
    const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!
    expect(scores.units).toHaveLength(5)
    for (const unit of scores.units) {
      const unitId = uuidOf(unit.unit.id)
      let total = 0
      for (const indicator of unit.indicators) {
        const actual = expected.get(`${indicator.metric}:${unitId}`) ?? 0
        expect(indicator.actual).toBeCloseTo(actual, 4)
        expect(indicator.actualLastYear).toBeCloseTo(lastYear.get(`${indicator.metric}:${unitId}`) ?? 0, 4)
        const rule = scoreIndicator(indicator.weight, indicator.target, actual, {
          overBonusRate: 0.5,
          overBonusCapRatio: 0.2,
        })
        expect(indicator).toMatchObject({
          assessed: rule.assessed,
          lagging: rule.assessed && rule.completion! < scores.elapsedShare,
        })
        expect(indicator.score).toBeCloseTo(rule.score, 4)
        expect(indicator.bonus).toBeCloseTo(rule.bonus, 4)
        total += rule.score + rule.bonus
      }
      const counts = {
        A: expected.get(`CLASS_A:${unitId}`) ?? 0,
        B: expected.get(`CLASS_B:${unitId}`) ?? 0,
        C: expected.get(`CLASS_C:${unitId}`) ?? 0,
      }
      const bonus =
        unit.unit.kind === 'DEPARTMENT'
          ? 0
          : classBonus(counts, { classBonusA: 1, classBonusB: 0.8, classBonusC: 0.5, classBonusCap: 5 }).points
      expect(unit.classBonus).toBeCloseTo(bonus, 4)
      expect(unit.total).toBeCloseTo(total + bonus, 3)
      // 2025 has no scheme: last year's actuals compare, its total cannot.
      expect(unit.totalLastYear).toBeNull()
      expect(unit.laggingCount).toBe(unit.indicators.filter((i) => i.lagging).length)
    }
    expect(
      scores.units.flatMap((u) => u.indicators.map((i) => i.actualLastYear)).filter((v) => v !== null && v > 0).length,
    ).toBeGreaterThan(5)
    const totals = scores.units.map((u) => u.total)
    expect(totals).toEqual([...totals].sort((a, b) => b - a))
    expect(scores.units.map((u) => u.rankOverall)[0]).toBe(1)
    const parks = scores.units.filter((u) => u.unit.kind === 'PARK')
    expect(parks).toHaveLength(2)
    expect(parks.map((u) => u.rankInKind).sort()).toEqual(parks[0]!.total === parks[1]!.total ? [1, 1] : [1, 2])
    const notAssessed = scores.units.find((u) => uuidOf(u.unit.id) === units.towns[1])
    expect(notAssessed?.indicators.find((i) => i.metric === 'LEADS_LOGGED')).toMatchObject({
      assessed: false,
      score: 0,
      completion: null,
    })
  })

  it('show the county to leaders and unit heads, and only their own unit to the others', async () => {
    const lines = async (agent: keyof typeof county.agents) =>
      ((await county.agents[agent].request(AssessmentScores, { year: 2026 })).data?.assessmentScores?.units ?? []).map(
        (u) => u.unit.name,
      )
    expect(await lines('eastHead')).toHaveLength(5)
    expect(await lines('eastStaff')).toEqual(['东部园区'])
    expect(await lines('westManager')).toEqual(['西部园区'])
    expect(await lines('hrss')).toEqual(['人社局'])
    const anonymous = await county.api.agent().request(AssessmentScores, { year: 2026 })
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('are empty for a year without a scheme, and refuse a year that cannot be', async () => {
    const none = await county.agents.leader.request(AssessmentScores, { year: 2024 })
    expect(none.errors).toBeUndefined()
    expect(none.data).toEqual({ assessmentScores: null })
    const bad = await county.agents.leader.request(AssessmentScores, { year: 20260 })
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('年度不正确'),
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})

describe('the projects behind a number', () => {
  it('lists the landed projects credited to a unit, newest first, with split credit as its share', async () => {
    const indicator = await db.prisma.indicator.findFirstOrThrow({ where: { metric: 'PROJECTS_LANDED' } })
    const asOf = '2026-12-31T12:00:00+08:00'
    const east = units.parks[0]!
    const result = await county.agents.eastManager.request(AssessmentBreakdown, {
      year: 2026,
      unitId: east,
      indicatorId: indicator.id,
      asOf,
    })
    expect(result.errors).toBeUndefined()
    const rows = result.data!.assessmentBreakdown
    const expected =
      (await bruteForceActuals(db.prisma, countingWindow(2026, new Date(asOf), 35))).get(`PROJECTS_LANDED:${east}`) ?? 0
    expect(rows.reduce((sum, row) => sum + row.amount, 0)).toBeCloseTo(expected, 4)
    expect(rows.map((row) => row.at)).toEqual(
      rows
        .map((row) => row.at)
        .sort()
        .reverse(),
    )
    // A project credited to the east park but owned by the west one is counted, and not opened to east.
    const owners: string[] = []
    for (const row of rows) {
      expect(row.projectUuid).toEqual(expect.any(String))
      const owner = await db.prisma.project.findUniqueOrThrow({ where: { id: row.projectUuid! } })
      expect(row.project?.uuid ?? null).toBe(owner.unitId === east ? row.projectUuid : null)
      owners.push(owner.unitId)
    }
    expect(owners).toContain(east)
    expect(owners.filter((unitId) => unitId !== east)).not.toEqual([])
  })

  it('refuses another unit’s details to its staff', async () => {
    const indicator = await db.prisma.indicator.findFirstOrThrow({ where: { metric: 'PROJECTS_LANDED' } })
    const result = await county.agents.eastStaff.request(AssessmentBreakdown, {
      year: 2026,
      unitId: units.parks[1]!,
      indicatorId: indicator.id,
    })
    expect(result.errors?.[0]).toMatchObject({
      message: '没有权限执行此操作',
      extensions: { code: 'FORBIDDEN', detail: '只能查看本单位的考核明细' },
    })
    expect(result.data).toBeNull()
  })
})
