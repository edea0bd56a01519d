// 落地服务诉求 by category: how many were raised in the year, where they stand now, how long resolving took
// (resolvedAt − createdAt, the median, so that one forgotten request does not hide how the rest went) and
// how satisfied the talents were. A unit's figures are the requests of its projects and those assigned to it
// (a department is a unit too).
import { Prisma } from '../../generated/prisma/client.ts'
import type { SupportCategory, SupportStatus } from '../../generated/prisma/enums.ts'
import { numberOrNull, type Db, type StatisticsFilter } from './statistics-window.ts'

export interface SupportCategoryFigures {
  /** Null: every category together. */
  category: SupportCategory | null
  total: number
  byStatus: Record<SupportStatus, number>
  resolved: number
  medianResolutionHours: number | null
  averageSatisfaction: number | null
  rated: number
}

export async function supportFigures(
  db: Db,
  { window: w, unitId }: StatisticsFilter,
): Promise<SupportCategoryFigures[]> {
  const ofUnit = unitId
    ? Prisma.sql`AND (p."unitId" = ${unitId}::uuid OR r."departmentId" = ${unitId}::uuid)`
    : Prisma.empty
  const rows = await db.$queryRaw<
    {
      category: SupportCategory | null
      total: number
      open: number
      assigned: number
      in_progress: number
      resolved_now: number
      closed: number
      rejected: number
      resolved: number
      median_seconds: number | null
      average_satisfaction: number | null
      rated: number
    }[]
  >`
    SELECT r.category::text AS category, count(*)::int AS total,
           count(*) FILTER (WHERE r.status = 'OPEN')::int AS open,
           count(*) FILTER (WHERE r.status = 'ASSIGNED')::int AS assigned,
           count(*) FILTER (WHERE r.status = 'IN_PROGRESS')::int AS in_progress,
           count(*) FILTER (WHERE r.status = 'RESOLVED')::int AS resolved_now,
           count(*) FILTER (WHERE r.status = 'CLOSED')::int AS closed,
           count(*) FILTER (WHERE r.status = 'REJECTED')::int AS rejected,
           count(r."resolvedAt")::int AS resolved,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."resolvedAt" - r."createdAt")::float8)
             AS median_seconds,
           avg(r.satisfaction)::float8 AS average_satisfaction, count(r.satisfaction)::int AS rated
    FROM "SupportRequest" r JOIN "Project" p ON p.id = r."projectId"
    WHERE r."createdAt" >= ${w.from} AND r."createdAt" < ${w.until} ${ofUnit}
    GROUP BY GROUPING SETS ((r.category), ())`
  return rows.map((row) => {
    const median = numberOrNull(row.median_seconds)
    const satisfaction = numberOrNull(row.average_satisfaction)
    return {
      category: row.category,
      total: row.total,
      byStatus: {
        OPEN: row.open,
        ASSIGNED: row.assigned,
        IN_PROGRESS: row.in_progress,
        RESOLVED: row.resolved_now,
        CLOSED: row.closed,
        REJECTED: row.rejected,
      },
      resolved: row.resolved,
      medianResolutionHours: median === null ? null : Math.round((median / 3_600) * 100) / 100,
      averageSatisfaction: satisfaction === null ? null : Math.round(satisfaction * 100) / 100,
      rated: row.rated,
    }
  })
}
