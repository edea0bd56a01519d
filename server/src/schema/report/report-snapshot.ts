// What an issued report holds, frozen: every unit's scores as of the report's day, the change since the
// period before, and the overdue follow-ups and support requests of the lagging list. Stored as JSON on the
// Report row and never recomputed.
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { IndicatorMetric, UnitKind } from '../../generated/prisma/enums.ts'
import { previousPeriodEnd, reportAsOf, type ReportPeriod } from '../../domain/report-period.ts'
import { assessmentScores } from '../assessment/assessment-scores.ts'

type Db = Pick<PrismaClient, 'assessmentScheme' | 'unit' | '$queryRaw'>

export interface SnapshotCell {
  code: string
  target: number
  actual: number
  completion: number | null
  score: number
  bonus: number
  lagging: boolean
  assessed: boolean
  /** Actual now minus actual at the end of the period before; null in the year's first period. */
  change: number | null
}

export interface SnapshotUnit {
  unitId: string
  unitName: string
  unitKind: UnitKind
  cells: SnapshotCell[]
  scoreTotal: number
  bonusTotal: number
  classBonus: number
  total: number
  rankInKind: number
  rankOverall: number
  overdueFollowUps: number
  overdueSupportRequests: number
}

export interface ReportSnapshot {
  asOf: string
  elapsedShare: number
  indicators: { code: string; name: string; metric: IndicatorMetric; weight: number; unitKinds: UnitKind[] }[]
  units: SnapshotUnit[]
}

/** Projects whose next follow-up date has passed, and support requests past due, per unit, at `asOf`. */
async function overdueCounts(db: Db, asOf: Date) {
  const rows = await db.$queryRaw<{ unit_id: string; follow_ups: number; requests: number }[]>`
    SELECT unit_id, sum(follow_ups)::int AS follow_ups, sum(requests)::int AS requests FROM (
      SELECT p."unitId" AS unit_id, count(*) AS follow_ups, 0 AS requests FROM "Project" p
      WHERE p.status = 'ACTIVE' AND p."nextFollowUpAt" < ${asOf} GROUP BY p."unitId"
      UNION ALL
      SELECT COALESCE(r."departmentId", p."unitId"), 0, count(*)
      FROM "SupportRequest" r JOIN "Project" p ON p.id = r."projectId"
      WHERE r.status IN ('OPEN', 'ASSIGNED', 'IN_PROGRESS') AND r."dueAt" < ${asOf} GROUP BY 1
    ) o GROUP BY unit_id`
  return new Map(
    rows.map((row) => [row.unit_id, { followUps: Number(row.follow_ups), requests: Number(row.requests) }]),
  )
}

export async function buildReportSnapshot(db: Db, period: ReportPeriod, now: Date): Promise<ReportSnapshot | null> {
  const asOf = reportAsOf(period, now)
  const scores = await assessmentScores(db, period.year, asOf)
  if (!scores) return null
  const before = previousPeriodEnd(period)
  const earlier = before ? await assessmentScores(db, period.year, before) : null
  const earlierActual = (unitId: string, code: string) =>
    earlier?.units.find((u) => u.unitId === unitId)?.indicators.find((i) => i.code === code)?.actual ?? 0
  const overdue = await overdueCounts(db, asOf)
  const scheme = await db.assessmentScheme.findUniqueOrThrow({
    where: { year: period.year },
    include: { indicators: { orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] } },
  })
  return {
    asOf: asOf.toISOString(),
    elapsedShare: scores.elapsedShare,
    indicators: scheme.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      metric: i.metric,
      weight: Number(i.weight),
      unitKinds: i.unitKinds,
    })),
    units: scores.units.map((unit) => ({
      unitId: unit.unitId,
      unitName: unit.unitName,
      unitKind: unit.unitKind,
      cells: unit.indicators.map((i) => ({
        code: i.code,
        target: i.target,
        actual: i.actual,
        completion: i.completion,
        score: i.score,
        bonus: i.bonus,
        lagging: i.lagging,
        assessed: i.assessed,
        change: earlier ? Math.round((i.actual - earlierActual(unit.unitId, i.code)) * 10_000) / 10_000 : null,
      })),
      scoreTotal: unit.scoreTotal,
      bonusTotal: unit.bonusTotal,
      classBonus: unit.classBonus,
      total: unit.total,
      rankInKind: unit.rankInKind,
      rankOverall: unit.rankOverall,
      overdueFollowUps: overdue.get(unit.unitId)?.followUps ?? 0,
      overdueSupportRequests: overdue.get(unit.unitId)?.requests ?? 0,
    })),
  }
}
