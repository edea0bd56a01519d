// Whether the statistics the database keeps (the tables of migration 20261202195955_statistics_rollups) still
// say what the rows say: each kept table equal to a rebuild from nothing, and every figure read from them
// equal to the row-by-row counts of statistics-brute-force.ts and assessment-world.ts.
import { expect } from 'vitest'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import { IndicatorMetric } from '../../server/src/generated/prisma/enums.ts'
import {
  countedRowsOf,
  unitActuals,
  type CountedMetric,
} from '../../server/src/schema/assessment/assessment-actuals.ts'
import { countingWindow } from '../../server/src/schema/assessment/assessment-scores.ts'
import { pipelineFunnel } from '../../server/src/schema/statistics/statistics-funnel.ts'
import { landedInvestment, pipelineGroups } from '../../server/src/schema/statistics/statistics-groups.ts'
import { staffFigures } from '../../server/src/schema/statistics/statistics-staff.ts'
import { yearWindow } from '../../server/src/schema/statistics/statistics-window.ts'
import { bruteForceStatistics } from './statistics-brute-force.ts'
import { bruteForceActuals } from './assessment-world.ts'

const keptTables = [
  'ProjectCredit',
  'CreditDay',
  'CreditMonth',
  'ProjectProgress',
  'StageStep',
  'FunnelCount',
  'StaffDay',
]

type Row = Record<string, unknown>
const round = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value)
const rounded = (row: object) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, round(value)]))
const roundedMap = (entries: [string, Row][]) => Object.fromEntries(entries.map(([key, row]) => [key, rounded(row)]))

async function keptRows(prisma: PrismaClient) {
  const rows: Record<string, string[]> = {}
  for (const table of keptTables) {
    const found = await prisma.$queryRawUnsafe<{ row: string }[]>(
      `SELECT to_jsonb(t)::text AS row FROM "${table}" t ORDER BY 1`,
    )
    rows[table] = found.map((r) => r.row)
  }
  return rows
}

/** The kept tables, then the same tables recomputed from the base tables alone: they must not differ. */
export async function expectKeptTablesToEqualARebuild(prisma: PrismaClient) {
  const kept = await keptRows(prisma)
  expect(Object.values(kept).every((rows) => rows.length > 0)).toBe(true)
  await prisma.$executeRawUnsafe('SELECT statistics_rebuild()')
  expect(kept).toEqual(await keptRows(prisma))
}

/** The funnel, the groups, the money landed and the staff figures, county-wide and per unit, in two years. */
export async function expectStatisticsToEqualCounts(prisma: PrismaClient, unitIds: string[]) {
  for (const year of [2025, 2026]) {
    for (const unitId of [null, ...unitIds]) {
      const filter = { window: yearWindow(year), unitId }
      const expected = await bruteForceStatistics(prisma, year, unitId)
      const view = `${year} ${unitId ?? 'county'}`
      expect([view, (await pipelineFunnel(prisma, filter)).map(rounded)]).toEqual([view, expected.funnel.map(rounded)])
      const groupKey = (g: Awaited<ReturnType<typeof pipelineGroups>>[number]) =>
        ({
          TOTAL: 'total',
          UNIT: `unit:${g.unitId}`,
          INDUSTRY: `industry:${g.industry}`,
          TALENT_CLASS: `class:${g.talentClass}`,
          SOURCE_CHANNEL: `channel:${g.sourceChannel}`,
          MONTH: `month:${g.month}`,
        })[g.dimension]
      const groups = (await pipelineGroups(prisma, filter)).map((g): [string, Row] => [
        groupKey(g),
        { logged: g.logged, signed: g.signed, landed: g.landed },
      ])
      expect([view, roundedMap(groups)]).toEqual([view, roundedMap([...expected.groups])])
      // Money is given to the fen (万元 with 2 places), the count added up in JavaScript is not: within 0.05
      // (rounding both sides to 0.1 would disagree whenever the sum falls on a twentieth).
      const near = ([key, row]: [string, Row]) => [
        key,
        {
          ...rounded(row),
          investmentAgreed: expect.closeTo(Number(row.investmentAgreed), 1),
          registeredCapital: expect.closeTo(Number(row.registeredCapital), 1),
        },
      ]
      const money = (await landedInvestment(prisma, filter)).map(({ unitId: id, ...row }): [string, Row] => [
        id ?? 'total',
        row,
      ])
      const nothing: [string, Row] = ['total', { landed: 0, investmentAgreed: 0, registeredCapital: 0 }]
      expect([view, Object.fromEntries(money.map(([key, row]) => [key, rounded(row)]))]).toEqual([
        view,
        Object.fromEntries([nothing, ...expected.investment].map(near)),
      ])
      const staff = (await staffFigures(prisma, filter)).map((s) => ({
        userUuid: s.userId,
        name: s.name,
        active: s.active,
        leads: s.leads,
        followUps: s.followUps,
        signed: s.signed,
        landed: s.landed,
        lastFollowUpAt: s.lastFollowUpAt?.toISOString() ?? null,
      }))
      const byUser = (a: { userUuid: string }, b: { userUuid: string }) => a.userUuid.localeCompare(b.userUuid)
      expect([view, staff.sort(byUser)]).toEqual([view, expected.staff.sort(byUser)])
    }
  }
}

const metrics: CountedMetric[] = [...Object.values(IndicatorMetric), 'CLASS_A', 'CLASS_B', 'CLASS_C']

/** Every unit's actuals as of several days, and the rows listed behind each number (the drill-down). */
export async function expectActualsToEqualCounts(prisma: PrismaClient) {
  const asOfs = ['2025-06-30T16:00:00Z', '2025-12-31T12:00:00Z', '2026-05-17T03:00:00Z', '2026-12-31T12:00:00Z'].map(
    (at) => new Date(at),
  )
  const rounded = (value: number) => Math.round(value * 10_000) / 10_000
  for (const asOf of asOfs) {
    const window = countingWindow(asOf.getUTCFullYear(), asOf, 35)
    const expected = await bruteForceActuals(prisma, window)
    const counted = await unitActuals(prisma, metrics, window)
    const nonZero = (entries: [string, number][]) =>
      Object.fromEntries(entries.filter(([, value]) => value !== 0).map(([key, value]) => [key, rounded(value)]))
    expect([asOf, nonZero(counted.map((row) => [`${row.metric}:${row.unitId}`, row.actual]))]).toEqual([
      asOf,
      nonZero([...expected]),
    ])
    for (const row of counted) {
      const listed = await countedRowsOf(prisma, row.metric, row.unitId, window, 10_000)
      expect([row.metric, row.unitId, rounded(listed.reduce((sum, r) => sum + r.amount, 0))]).toEqual([
        row.metric,
        row.unitId,
        rounded(row.actual),
      ])
    }
  }
}
