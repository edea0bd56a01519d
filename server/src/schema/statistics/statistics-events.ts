// 人才活动: how many events each unit held per county month and how many took part (attendances, and
// distinct talents, since the speech cares that talents come back and feel they belong).
import type { Db, StatisticsFilter } from './statistics-window.ts'
import { andUnit } from './statistics-window.ts'

export interface EventFigures {
  /** Null: all units together. */
  unitId: string | null
  /** Null: the whole year. */
  month: number | null
  events: number
  attendances: number
  talents: number
}

/** Per unit and month, per unit, per month and in total, in one statement (GROUPING SETS). */
export async function eventFigures(db: Db, { window: w, unitId }: StatisticsFilter): Promise<EventFigures[]> {
  const rows = await db.$queryRaw<
    { unit_id: string | null; month: number | null; events: number; attendances: number; talents: number }[]
  >`
    SELECT e."organiserUnitId" AS unit_id, extract(month FROM e."heldOn")::int AS month,
           count(DISTINCT e.id)::int AS events, count(x."talentId")::int AS attendances,
           count(DISTINCT x."talentId")::int AS talents
    FROM "ServiceEvent" e LEFT JOIN "ServiceEventParticipant" x ON x."eventId" = e.id
    WHERE e."heldOn" >= ${w.fromDay}::date AND e."heldOn" < ${w.untilDay}::date
          ${andUnit('e."organiserUnitId"', unitId)}
    GROUP BY GROUPING SETS (
      (e."organiserUnitId", extract(month FROM e."heldOn")), (e."organiserUnitId"), (extract(month FROM e."heldOn")), ()
    )`
  return rows.map((row) => ({
    unitId: row.unit_id,
    month: row.month,
    events: row.events,
    attendances: row.attendances,
    talents: row.talents,
  }))
}
