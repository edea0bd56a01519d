// Who is recruiting and who is not (招才专员 by name, for their unit's manager): leads each person logged,
// follow-ups they wrote, and the projects they own that were signed or landed in the year. Everyone of the
// unit who may own projects is listed, those with nothing too; someone no longer active only if they did
// something in the year. Names only: no login, phone or other personal field.
import { Prisma } from '../generated/prisma/client.ts'
import type { Role } from '../generated/prisma/enums.ts'
import { andUnit, type Db, type StatisticsFilter } from './statistics-window.ts'

/** The roles that log leads and own projects. */
export const recruitingRoles: Role[] = ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER']

export interface StaffFigures {
  userId: string
  name: string
  role: Role
  unitId: string
  active: boolean
  leads: number
  followUps: number
  signed: number
  landed: number
  lastFollowUpAt: Date | null
}

export async function staffFigures(db: Db, { window: w, unitId }: StatisticsFilter): Promise<StaffFigures[]> {
  const roles = Prisma.join(recruitingRoles.map((role) => Prisma.sql`${role}::"Role"`))
  const rows = await db.$queryRaw<{ user_id: string; name: string; role: Role; unit_id: string; active: boolean; leads: number; follow_ups: number; signed: number; landed: number; last_follow_up_at: Date | null }[]>`
    WITH leads AS (
      SELECT p."createdById" AS user_id, count(*)::int AS leads FROM "Project" p
      WHERE p."createdAt" >= ${w.from} AND p."createdAt" < ${w.until} GROUP BY p."createdById"
    ),
    follow_ups AS (
      SELECT a."authorId" AS user_id, count(*)::int AS follow_ups, max(a."occurredAt") AS last_at FROM "Activity" a
      WHERE a."occurredAt" >= ${w.from} AND a."occurredAt" < ${w.until} GROUP BY a."authorId"
    ),
    outcomes AS (
      SELECT user_id, count(*) FILTER (WHERE kind = 'SIGNED')::int AS signed, count(*) FILTER (WHERE kind = 'LANDED')::int AS landed
      FROM (
        SELECT p."ownerId" AS user_id, 'SIGNED' AS kind FROM "Signing" s JOIN "Project" p ON p.id = s."projectId"
        WHERE s."signedAt" >= ${w.fromDay}::date AND s."signedAt" < ${w.untilDay}::date
        UNION ALL
        SELECT p."ownerId", 'LANDED' FROM "Landing" l JOIN "Project" p ON p.id = l."projectId"
        WHERE l."registeredAt" >= ${w.fromDay}::date AND l."registeredAt" < ${w.untilDay}::date
      ) o WHERE user_id IS NOT NULL GROUP BY user_id
    )
    SELECT u.id AS user_id, u.name, u.role::text AS role, u."unitId" AS unit_id, u.active,
           COALESCE(ld.leads, 0)::int AS leads, COALESCE(f.follow_ups, 0)::int AS follow_ups,
           COALESCE(o.signed, 0)::int AS signed, COALESCE(o.landed, 0)::int AS landed, f.last_at AS last_follow_up_at
    FROM "User" u LEFT JOIN leads ld ON ld.user_id = u.id LEFT JOIN follow_ups f ON f.user_id = u.id LEFT JOIN outcomes o ON o.user_id = u.id
    WHERE u.role IN (${roles}) ${andUnit('u."unitId"', unitId)}
      AND (u.active OR ld.leads > 0 OR f.follow_ups > 0 OR o.signed > 0 OR o.landed > 0)
    ORDER BY u."unitId", COALESCE(ld.leads, 0) + COALESCE(f.follow_ups, 0) DESC, u.name, u.id`
  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    role: row.role,
    unitId: row.unit_id,
    active: row.active,
    leads: row.leads,
    followUps: row.follow_ups,
    signed: row.signed,
    landed: row.landed,
    lastFollowUpAt: row.last_follow_up_at ? new Date(row.last_follow_up_at) : null,
  }))
}
