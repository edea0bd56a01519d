// The 考核 rules of the speech (docs/domain.md, "Assessment"): 多做多得，少做少得, the over-completion bonus, the
// 双招双引 class bonus, rankings and the lagging list. The numbers come from the year's AssessmentScheme.
import { differenceInCalendarDays, endOfYear, startOfYear } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import { countyTimeZone } from './clocks.ts'

export interface BonusRules {
  /** Extra points per unit of over-completion, as a share of the weight (0.5). */
  overBonusRate: number
  /** The extra points stop at this share of the weight (0.2). */
  overBonusCapRatio: number
}

export interface ClassBonusRules {
  classBonusA: number
  classBonusB: number
  classBonusC: number
  /** At most this many class-bonus points per unit per year (5). */
  classBonusCap: number
}

export interface IndicatorResult {
  /** False when the target is zero: the indicator is not assessed for this unit. */
  assessed: boolean
  /** actual ÷ target; null when not assessed. */
  completion: number | null
  /** weight × actual ÷ target, at most the weight. */
  score: number
  /** weight × (actual ÷ target − 1) × rate above the target, capped. */
  bonus: number
}

const round = (value: number, places = 4) => Math.round(value * 10 ** places) / 10 ** places

export function scoreIndicator(weight: number, target: number, actual: number, rules: BonusRules): IndicatorResult {
  if (!(target > 0)) return { assessed: false, completion: null, score: 0, bonus: 0 }
  const completion = actual / target
  const score = weight * Math.min(completion, 1)
  const extra = completion > 1 ? weight * (completion - 1) * rules.overBonusRate : 0
  const bonus = Math.min(extra, weight * rules.overBonusCapRatio)
  return { assessed: true, completion: round(completion), score: round(score), bonus: round(bonus) }
}

/** Landed projects led by class A, B and C talents (credit shares may make them fractional). */
export interface ClassCounts {
  A: number
  B: number
  C: number
}

export function classBonus(counts: ClassCounts, rules: ClassBonusRules): { points: number; uncapped: number } {
  const uncapped = counts.A * rules.classBonusA + counts.B * rules.classBonusB + counts.C * rules.classBonusC
  return { points: round(Math.min(uncapped, rules.classBonusCap)), uncapped: round(uncapped) }
}

export interface Ranked<T> {
  item: T
  rank: number
}

/** Standard competition ranking (1, 2, 2, 4) by total, highest first; ties keep the given order. */
export function rankByTotal<T>(items: T[], total: (item: T) => number): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => total(b) - total(a))
  return sorted.map((item, index) => {
    const first = sorted.findIndex((other) => round(total(other)) === round(total(item)))
    return { item, rank: (first === -1 ? index : first) + 1 }
  })
}

/** The year, in county time, that an instant falls in. */
export function countyYear(at: Date): number {
  return new TZDate(at, countyTimeZone).getFullYear()
}

/** The county-time bounds of a year: [start, next year's start). */
export function yearBounds(year: number): { start: Date; end: Date } {
  const start = startOfYear(new TZDate(year, 0, 1, countyTimeZone))
  return {
    start: new Date(start.getTime()),
    end: new Date(startOfYear(new TZDate(year + 1, 0, 1, countyTimeZone)).getTime()),
  }
}

/** How much of the year has passed at `asOf` (0 to 1), counting whole county days; the day of asOf counts. */
export function elapsedShareOfYear(year: number, asOf: Date): number {
  const day = new TZDate(asOf, countyTimeZone)
  const first = new TZDate(year, 0, 1, countyTimeZone)
  const days = differenceInCalendarDays(endOfYear(first), first) + 1
  const passed = differenceInCalendarDays(day, first) + 1
  return round(Math.max(0, Math.min(1, passed / days)))
}

/** 季督: an assessed indicator is lagging when its completion is below the share of the year gone by. */
export function isLagging(result: IndicatorResult, elapsedShare: number): boolean {
  return result.assessed && (result.completion ?? 0) < elapsedShare
}
