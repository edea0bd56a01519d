// The pipeline funnel (DOMAIN.md, "The pipeline"): of the projects logged in the year, how many reached each
// stage, how many went on to the next, and how long that took. A project has reached every stage up to the
// furthest one its StageChange history or its current stage shows: moving back, pausing (ON_HOLD) or being
// lost (LOST) takes nothing away, and a jump over stages passes them all at that moment.
import { Prisma } from '../generated/prisma/client.ts'
import type { Stage } from '../generated/prisma/enums.ts'
import { stages } from '../domain/stage.ts'
import { andUnit, numberOrNull, shareOf, type Db, type StatisticsFilter } from './statistics-window.ts'

// Stage order from the domain, not the enum's declaration order in the database.
const stageOrder = Prisma.raw(`ARRAY[${stages.map((stage) => `'${stage}'`).join(', ')}]::text[]`)
const stageCount = Prisma.raw(String(stages.length))
const positionOf = (column: string) => Prisma.sql`array_position(${stageOrder}, ${Prisma.raw(column)}::text)`

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

export async function pipelineFunnel(db: Db, { window: w, unitId }: StatisticsFilter): Promise<FunnelStage[]> {
  // One row per project of the cohort, with the time it first reached each stage (a move to a later stage
  // reaches the skipped ones at the same moment), then one row per stage reached: set-based throughout.
  const positions = stages.map((_, i) => i + 1)
  const firstAt = Prisma.join(
    positions.slice(1).map((k) => Prisma.raw(`min(h.at) FILTER (WHERE h.position >= ${k}) AS at${k}`)),
  )
  const steps = Prisma.join(
    positions.map((k) => Prisma.raw(`(${k}, at${k}, ${k < stages.length ? `at${k + 1}` : 'NULL::timestamptz'})`)),
  )
  const rows = await db.$queryRaw<{ position: number; reached: number; timed: number; median_seconds: number | null; active: number; on_hold: number; lost: number }[]>`
    WITH cohort AS (
      SELECT p.id, p."createdAt" AS at1, p.status, ${positionOf('p.stage')} AS current_position
      FROM "Project" p
      WHERE p."createdAt" >= ${w.from} AND p."createdAt" < ${w.until} ${andUnit('p."unitId"', unitId)}
    ),
    moved AS (
      SELECT h.id, max(h.position) AS furthest_moved, ${firstAt}
      FROM (SELECT h."projectId" AS id, h.at, ${positionOf('h."toStage"')} AS position FROM "StageChange" h JOIN cohort c ON c.id = h."projectId") h
      GROUP BY h.id
    ),
    step AS (
      SELECT s.position, s.at, s.next_at
      FROM cohort c LEFT JOIN moved m ON m.id = c.id
      CROSS JOIN LATERAL (VALUES ${steps}) AS s(position, at, next_at)
      WHERE s.position <= GREATEST(c.current_position, m.furthest_moved)
    ),
    timing AS (
      SELECT position, count(*)::int AS reached, count(next_at - at)::int AS timed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM next_at - at)::float8) AS median_seconds
      FROM step GROUP BY position
    ),
    standing AS (
      SELECT current_position AS position,
             count(*) FILTER (WHERE status = 'ACTIVE')::int AS active,
             count(*) FILTER (WHERE status = 'ON_HOLD')::int AS on_hold,
             count(*) FILTER (WHERE status = 'LOST')::int AS lost
      FROM cohort GROUP BY current_position
    )
    SELECT s.position::int, COALESCE(t.reached, 0)::int AS reached, COALESCE(t.timed, 0)::int AS timed, t.median_seconds::float8 AS median_seconds,
           COALESCE(st.active, 0)::int AS active, COALESCE(st.on_hold, 0)::int AS on_hold, COALESCE(st.lost, 0)::int AS lost
    FROM generate_series(1, ${stageCount}) AS s(position)
    LEFT JOIN timing t ON t.position = s.position LEFT JOIN standing st ON st.position = s.position
    ORDER BY s.position`
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
