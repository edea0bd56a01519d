// The scores of every assessed unit for a year, as of a day: the scheme and targets from the database, the
// actuals from SQL (assessment-actuals.ts), the rules from domain/assessment.ts.
import { addDays, format, startOfDay, subYears } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { IndicatorMetric, UnitKind } from '../../generated/prisma/enums.ts'
import { countyTimeZone } from '../../domain/clocks.ts'
import {
  classBonus,
  elapsedShareOfYear,
  isLagging,
  rankByTotal,
  scoreIndicator,
  yearBounds,
  type IndicatorResult,
} from '../../domain/assessment.ts'
import { unitActuals, type CountedMetric, type CountingWindow, type UnitActual } from './assessment-actuals.ts'

type Db = Pick<PrismaClient, 'assessmentScheme' | 'unit' | '$queryRaw'>

/** Counting runs through the end of the county day `asOf` falls in, and never past the year. */
export function countingWindow(year: number, asOf: Date, youthAgeLimit: number): CountingWindow {
  const { start, end } = yearBounds(year)
  const nextDay = startOfDay(addDays(new TZDate(asOf, countyTimeZone), 1))
  const dayAfter = new Date(Math.max(start.getTime(), Math.min(end.getTime(), nextDay.getTime())))
  const countyDay = (at: Date) => format(new TZDate(at, countyTimeZone), 'yyyy-MM-dd')
  return { year, from: start, until: dayAfter, fromDay: countyDay(start), untilDay: countyDay(dayAfter), youthAgeLimit }
}

export interface IndicatorScore extends IndicatorResult {
  indicatorId: string
  code: string
  name: string
  metric: IndicatorMetric
  weight: number
  target: number
  actual: number
  lagging: boolean
  /** 纵向比: the same metric over the same part of last year (when asked for). */
  actualLastYear: number | null
}

export interface UnitScore {
  unitId: string
  unitName: string
  unitKind: UnitKind
  indicators: IndicatorScore[]
  scoreTotal: number
  bonusTotal: number
  classCounts: { A: number; B: number; C: number }
  classBonus: number
  classBonusUncapped: number
  total: number
  rankInKind: number
  rankOverall: number
  /** Last year's total at the same day, when last year had a scheme and the comparison was asked for. */
  totalLastYear: number | null
}

export interface AssessmentScores {
  year: number
  asOf: Date
  elapsedShare: number
  schemeId: string
  units: UnitScore[]
}

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10_000) / 10_000

/**
 * Null when the year has no scheme. Units are those with a kind some indicator applies to. With
 * `lastYear`, each actual and total is also given for the same day of the year before (纵向比).
 */
export async function assessmentScores(
  db: Db,
  year: number,
  asOf: Date,
  options: { lastYear?: boolean } = {},
): Promise<AssessmentScores | null> {
  const scheme = await db.assessmentScheme.findUnique({
    where: { year },
    include: {
      indicators: {
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        include: { targets: { select: { unitId: true, value: true } } },
      },
    },
  })
  if (!scheme) return null
  const kinds = new Set(scheme.indicators.flatMap((indicator) => indicator.unitKinds))
  const units = await db.unit.findMany({
    where: { kind: { in: [...kinds] } },
    select: { id: true, name: true, kind: true, code: true },
    orderBy: { code: 'asc' },
  })
  const window = countingWindow(year, asOf, scheme.youthAgeLimit)
  const metrics: CountedMetric[] = [
    ...new Set(scheme.indicators.map((indicator) => indicator.metric)),
    'CLASS_A',
    'CLASS_B',
    'CLASS_C',
  ]
  const actualOf = (metric: CountedMetric, unitId: string) => actuals.get(`${metric}:${unitId}`) ?? 0
  const sameDayLastYear = subYears(asOf, 1)
  // Independent reads, sent together: on PostgreSQL each runs on its own pooled connection.
  const [thisYear, lastYear, lastYearScores] = await Promise.all([
    unitActuals(db, metrics, window),
    options.lastYear ? unitActuals(db, metrics, countingWindow(year - 1, sameDayLastYear, scheme.youthAgeLimit)) : null,
    options.lastYear ? assessmentScores(db, year - 1, sameDayLastYear) : null,
  ])
  const byMetricAndUnit = (rows: UnitActual[]) =>
    new Map(rows.map((row) => [`${row.metric}:${row.unitId}`, row.actual]))
  const actuals = byMetricAndUnit(thisYear)
  const lastYearActuals = lastYear ? byMetricAndUnit(lastYear) : null
  const lastYearTotals = options.lastYear
    ? new Map(lastYearScores?.units.map((unit) => [unit.unitId, unit.total]))
    : null
  const elapsedShare = elapsedShareOfYear(year, asOf)
  const rules = { overBonusRate: Number(scheme.overBonusRate), overBonusCapRatio: Number(scheme.overBonusCapRatio) }
  const classRules = {
    classBonusA: Number(scheme.classBonusA),
    classBonusB: Number(scheme.classBonusB),
    classBonusC: Number(scheme.classBonusC),
    classBonusCap: Number(scheme.classBonusCap),
  }

  const scored = units.map((unit) => {
    const indicators = scheme.indicators
      .filter((indicator) => indicator.unitKinds.includes(unit.kind))
      .map((indicator): IndicatorScore => {
        const weight = Number(indicator.weight)
        const target = Number(indicator.targets.find((t) => t.unitId === unit.id)?.value ?? 0)
        const actual = actualOf(indicator.metric, unit.id)
        const result = scoreIndicator(weight, target, actual, rules)
        return {
          indicatorId: indicator.id,
          code: indicator.code,
          name: indicator.name,
          metric: indicator.metric,
          weight,
          target,
          actual,
          ...result,
          lagging: isLagging(result, elapsedShare),
          actualLastYear: lastYearActuals ? (lastYearActuals.get(`${indicator.metric}:${unit.id}`) ?? 0) : null,
        }
      })
    const classCounts = {
      A: actualOf('CLASS_A', unit.id),
      B: actualOf('CLASS_B', unit.id),
      C: actualOf('CLASS_C', unit.id),
    }
    // The 双招双引 bonus is for the units that introduce projects: those assessed on landing them.
    const earnsClassBonus = indicators.some((indicator) => indicator.metric === 'PROJECTS_LANDED' && indicator.assessed)
    const bonus = earnsClassBonus ? classBonus(classCounts, classRules) : { points: 0, uncapped: 0 }
    const scoreTotal = sum(indicators.map((indicator) => indicator.score))
    const bonusTotal = sum(indicators.map((indicator) => indicator.bonus))
    return {
      unitId: unit.id,
      unitName: unit.name,
      unitKind: unit.kind,
      indicators,
      scoreTotal,
      bonusTotal,
      classCounts,
      classBonus: bonus.points,
      classBonusUncapped: bonus.uncapped,
      total: sum([scoreTotal, bonusTotal, bonus.points]),
      totalLastYear: lastYearTotals?.get(unit.id) ?? null,
    }
  })
  const overall = new Map(rankByTotal(scored, (unit) => unit.total).map(({ item, rank }) => [item.unitId, rank]))
  const inKind = new Map<string, number>()
  for (const kind of kinds) {
    for (const { item, rank } of rankByTotal(
      scored.filter((unit) => unit.unitKind === kind),
      (unit) => unit.total,
    ))
      inKind.set(item.unitId, rank)
  }
  const ranked = scored.map((unit) => ({
    ...unit,
    rankInKind: inKind.get(unit.unitId)!,
    rankOverall: overall.get(unit.unitId)!,
  }))
  return { year, asOf, elapsedShare, schemeId: scheme.id, units: ranked.sort((a, b) => a.rankOverall - b.rankOverall) }
}
