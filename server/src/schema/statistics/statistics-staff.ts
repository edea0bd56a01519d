// Who is recruiting and who is not (招才专员 by name, for their unit's manager): leads each person logged,
// follow-ups they wrote, and the projects they own that were signed or landed in the year. Everyone of the
// unit who may own projects is listed, those with nothing too; someone no longer active only if they did
// something in the year. Names only: no login, phone or other personal field. The figures are the sums the
// database keeps per person and county day (StaffDay, migration 20261202195955_statistics_rollups).
import { Prisma } from '../../generated/prisma/client.ts'
import type { Role } from '../../generated/prisma/enums.ts'
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
  const rows = await db.$queryRaw<
    {
      user_id: string
      name: string
      role: Role
      unit_id: string
      active: boolean
      leads: number
      follow_ups: number
      signed: number
      landed: number
      last_follow_up_at: Date | null
    }[]
  >`
    WITH figures AS (
      SELECT d."userId" AS user_id, sum(d.leads)::int AS leads, sum(d."followUps")::int AS follow_ups,
             max(d."lastFollowUpAt") AS last_at,
             sum(d.signed)::int AS signed, sum(d.landed)::int AS landed
      FROM "StaffDay" d WHERE d.day >= ${w.fromDay}::date AND d.day < ${w.untilDay}::date GROUP BY d."userId"
    )
    SELECT u.id AS user_id, u.name, u.role::text AS role, u."unitId" AS unit_id, u.active,
           COALESCE(f.leads, 0)::int AS leads, COALESCE(f.follow_ups, 0)::int AS follow_ups,
           COALESCE(f.signed, 0)::int AS signed, COALESCE(f.landed, 0)::int AS landed, f.last_at AS last_follow_up_at
    FROM "User" u LEFT JOIN figures f ON f.user_id = u.id
    WHERE u.role IN (${roles}) ${andUnit('u."unitId"', unitId)}
      AND (u.active OR f.leads > 0 OR f.follow_ups > 0 OR f.signed > 0 OR f.landed > 0)
    ORDER BY u."unitId", COALESCE(f.leads, 0) + COALESCE(f.follow_ups, 0) DESC, u.name, u.id`
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
