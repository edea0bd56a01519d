// The pipeline funnel (docs/domain.md, "The pipeline"): of the projects logged in the year, how many reached each
// stage, how many went on to the next, and how long that took. A project has reached every stage up to the
// furthest one its StageChange history or its current stage shows: moving back, pausing (ON_HOLD) or being
// lost (LOST) takes nothing away, and a jump over stages passes them all at that moment.
//
// The database keeps what this needs per project (migration 20261202195955_statistics_rollups): FunnelCount,
// the projects of each cohort year and unit by current stage, status, furthest and last-moved position; and
// StageStep, each timed move on from a stage, indexed by its duration so that a median is two rows read at
// the middle of the index rather than a sort of every duration.
import { Prisma } from '../../generated/prisma/client.ts'
import type { Stage } from '../../generated/prisma/enums.ts'
import { stages } from '@talent/rules/stage'
import { yearBounds } from '../../domain/assessment.ts'
import { numberOrNull, shareOf, type Db, type StatisticsFilter } from './statistics-window.ts'
import type { CountingWindow } from '../assessment/assessment-actuals.ts'

const stageCount = Prisma.raw(String(stages.length))

export interface FunnelStage {
  stage: Stage
  /** Projects that reached this stage or a later one. */
  reached: number
  /** Reached the next stage ÷ reached this one; null for the last stage or when none reached this one. */
  conversionToNext: number | null
  /** Projects whose move on to the next stage has a time on record on both ends. */
  timedToNext: number
  medianDaysToNext: number | null
  /** Projects standing at this stage now, by status. */
  active: number
  onHold: number
  lost: number
}

/** The cohorts are county years: the funnel of a part of a year is not kept. */
function wholeYear(w: CountingWindow) {
  const { start, end } = yearBounds(w.year)
  if (w.from.getTime() !== start.getTime() || w.until.getTime() !== end.getTime())
    throw new Error(`the funnel counts whole county years, not ${w.fromDay}–${w.untilDay}`)
}

export async function pipelineFunnel(db: Db, { window: w, unitId }: StatisticsFilter): Promise<FunnelStage[]> {
  wholeYear(w)
  const ofUnit = unitId ? Prisma.sql`AND "unitId" = ${unitId}::uuid` : Prisma.empty
  // Position k is reached by projects whose furthest position is k or more, and its move on to k + 1 is timed
  // for those whose StageChanges went to k + 1 or beyond (both ends then on record); the median of the n
  // timed moves is at rows (n - 1) / 2 and n / 2 of StageStep in order of seconds.
  const rows = await db.$queryRaw<
    {
      position: number
      reached: number
      timed: number
      median_seconds: number | null
      active: number
      on_hold: number
      lost: number
    }[]
  >`
    WITH cohort AS (
      SELECT "currentPosition" AS current_position, status, "furthestPosition" AS furthest,
             "movedPosition" AS moved, projects
      FROM "FunnelCount" WHERE "cohortYear" = ${w.year} ${ofUnit}
    ),
    per_stage AS (
      SELECT s.position,
             COALESCE(sum(c.projects) FILTER (WHERE c.furthest >= s.position), 0)::int AS reached,
             COALESCE(sum(c.projects) FILTER (WHERE c.moved > s.position), 0)::int AS timed,
             COALESCE(sum(c.projects) FILTER (WHERE c.current_position = s.position AND c.status = 'ACTIVE'), 0)::int
               AS active,
             COALESCE(sum(c.projects) FILTER (WHERE c.current_position = s.position AND c.status = 'ON_HOLD'), 0)::int
               AS on_hold,
             COALESCE(sum(c.projects) FILTER (WHERE c.current_position = s.position AND c.status = 'LOST'), 0)::int
               AS lost
      FROM generate_series(1, ${stageCount}) AS s(position) LEFT JOIN cohort c ON true
      GROUP BY s.position
    )
    SELECT p.position, p.reached, p.timed, p.active, p.on_hold, p.lost, (
             SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY m.seconds) FROM (
               SELECT seconds FROM "StageStep" WHERE position = p.position AND "cohortYear" = ${w.year} ${ofUnit}
               ORDER BY seconds OFFSET (p.timed - 1) / 2 LIMIT 2 - p.timed % 2
             ) m
           )::float8 AS median_seconds
    FROM per_stage p ORDER BY p.position`
  return rows.map((row, i) => {
    const next = rows[i + 1]
    const median = numberOrNull(row.median_seconds)
    return {
      stage: stages[row.position - 1]!,
      reached: row.reached,
      conversionToNext: next ? shareOf(next.reached, row.reached) : null,
      timedToNext: row.timed,
      medianDaysToNext: median === null ? null : Math.round((median / 86_400) * 10_000) / 10_000,
      active: row.active,
      onHold: row.on_hold,
      lost: row.lost,
    }
  })
}
