// What each unit actually achieved on each indicator in a year, counted in SQL (docs/domain.md, "Assessment"
// and "Credit"). Every metric is one SELECT of counted rows (unit, amount, project, talent, when),
// summed per unit for the scores and listed for one unit to show which projects stand behind a number.
//
// The credited metrics (leads logged, projects signed and landed, landed by the lead talent's class, and
// through the landings the national-major talents) follow the credit rule: a project counts once, for its
// credit unit, or split by its CreditShares. That rule lives in one place, the database: triggers keep each
// project's counted rows in ProjectCredit and their sums per county day and month (migration
// 20261202195955_statistics_rollups), so that a unit's actual is read from those sums (credited-sums.ts),
// not from every project.
import { Prisma } from '../../generated/prisma/client.ts'
import type { IndicatorMetric } from '../../generated/prisma/enums.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { countyTimeZone } from '../../domain/clocks.ts'
import { creditedMetrics, creditedSums } from './credited-sums.ts'

type Db = Pick<Transaction, '$queryRaw'>

/** The counting window: timestamps in [from, until), dates in [fromDay, untilDay) (county days). */
export interface CountingWindow {
  year: number
  from: Date
  until: Date
  fromDay: string
  untilDay: string
  youthAgeLimit: number
}

/** The metrics beyond the indicators: landed projects by their lead talent's class, for the 双招双引 bonus. */
export type CountedMetric = IndicatorMetric | 'CLASS_A' | 'CLASS_B' | 'CLASS_C'

/** A DATE column as the instant the county day begins, whatever the session's time zone. */
const countyMidnight = (column: string) => Prisma.raw(`(${column}::timestamp AT TIME ZONE '${countyTimeZone}')`)

const inDays = (column: string, w: CountingWindow) =>
  Prisma.sql`${Prisma.raw(column)} >= ${w.fromDay}::date AND ${Prisma.raw(column)} < ${w.untilDay}::date`

/** A project's credited rows of one metric (ProjectCredit, `c`), counted on their county day. */
function credited(
  metric: 'LEADS_LOGGED' | 'PROJECTS_SIGNED' | 'PROJECTS_LANDED',
  w: CountingWindow,
  where: Prisma.Sql = Prisma.empty,
) {
  return Prisma.sql`
    SELECT c."unitId" AS unit_id, c.amount::float8 AS amount, c."projectId" AS project_id,
           c."talentId" AS talent_id, c.at
    FROM "ProjectCredit" c WHERE c.metric = ${metric}::"IndicatorMetric" AND ${inDays('c.day', w)} ${where}`
}

/** The counted rows of one metric: unit_id, amount, project_id (or null), talent_id (or null), at. */
export function countedRows(metric: CountedMetric, w: CountingWindow): Prisma.Sql {
  switch (metric) {
    case 'LEADS_LOGGED':
    case 'PROJECTS_SIGNED':
    case 'PROJECTS_LANDED':
      return credited(metric, w)
    case 'NATIONAL_MAJOR_TALENTS':
      // A national-major selectee introduced: the project has landed and its lead talent is selected; it
      // counts in the year the later of the two happened. Each talent's first such selection is found once,
      // not per landed project; the few selected talents lead to their projects' landed credit.
      return Prisma.sql`
        SELECT * FROM (
          SELECT c."unitId" AS unit_id, c.amount::float8 AS amount, c."projectId" AS project_id,
                 c."talentId" AS talent_id, GREATEST(c.at, sel.first_selected) AS at
          FROM (
            SELECT a."talentId" AS talent_id, min(COALESCE(a."decidedAt", a."statusChangedAt")) AS first_selected
            FROM "ProgramApplication" a JOIN "Program" g ON g.id = a."programId"
            WHERE a.status = 'SELECTED' AND g."isNationalMajor" GROUP BY a."talentId"
          ) sel
          JOIN "Project" p ON p."talentId" = sel.talent_id
          JOIN "ProjectCredit" c ON c."projectId" = p.id AND c.metric = 'PROJECTS_LANDED'
          WHERE sel.first_selected IS NOT NULL
        ) n WHERE at >= ${w.from} AND at < ${w.until}`
    case 'TALENT_INVESTMENT':
      return Prisma.sql`
        SELECT s."unitId" AS unit_id, s.amount::float8 AS amount, s."projectId" AS project_id,
               NULL::uuid AS talent_id, ${countyMidnight('s."spentOn"')} AS at
        FROM "TalentSpending" s WHERE s."spentOn" >= ${w.fromDay}::date AND s."spentOn" < ${w.untilDay}::date`
    case 'APPLICATIONS_SUBMITTED':
      return Prisma.sql`
        SELECT a."unitId" AS unit_id, 1::float8 AS amount, a."projectId" AS project_id,
               a."talentId" AS talent_id, a."submittedAt" AS at
        FROM "ProgramApplication" a
        WHERE a.year = ${w.year} AND a.status IN ('SUBMITTED', 'SELECTED', 'REJECTED') AND a."submittedAt" < ${w.until}`
    case 'PROGRAM_SELECTIONS':
      return Prisma.sql`
        SELECT a."unitId" AS unit_id, 1::float8 AS amount, a."projectId" AS project_id,
               a."talentId" AS talent_id, a."decidedAt" AS at
        FROM "ProgramApplication" a
        WHERE a.year = ${w.year} AND a.status = 'SELECTED' AND a."decidedAt" < ${w.until}`
    case 'YOUTH_RESERVE':
      // Talents under the age limit in the assessment year, in the unit's program pipeline of that year.
      return Prisma.sql`
        SELECT DISTINCT ON (a."unitId", a."talentId")
               a."unitId" AS unit_id, 1::float8 AS amount, a."projectId" AS project_id,
               a."talentId" AS talent_id, a."createdAt" AS at
        FROM "ProgramApplication" a JOIN "Talent" t ON t.id = a."talentId"
        WHERE a.year = ${w.year} AND a."createdAt" < ${w.until} AND t."birthYear" > ${w.year - w.youthAgeLimit}
        ORDER BY a."unitId", a."talentId", a."createdAt"`
    case 'EVENT_PARTICIPANTS':
      return Prisma.sql`
        SELECT e."organiserUnitId" AS unit_id, 1::float8 AS amount, NULL::uuid AS project_id,
               x."talentId" AS talent_id, ${countyMidnight('e."heldOn"')} AS at
        FROM "ServiceEvent" e JOIN "ServiceEventParticipant" x ON x."eventId" = e.id
        WHERE e."heldOn" >= ${w.fromDay}::date AND e."heldOn" < ${w.untilDay}::date`
    case 'SUPPORT_RESOLVED':
      return Prisma.sql`
        SELECT r."departmentId" AS unit_id, 1::float8 AS amount, r."projectId" AS project_id,
               NULL::uuid AS talent_id, r."resolvedAt" AS at
        FROM "SupportRequest" r
        WHERE r."departmentId" IS NOT NULL AND r.status IN ('RESOLVED', 'CLOSED')
          AND r."resolvedAt" >= ${w.from} AND r."resolvedAt" < ${w.until}`
    case 'CLASS_A':
    case 'CLASS_B':
    case 'CLASS_C':
      return credited('PROJECTS_LANDED', w, Prisma.sql`AND c."talentClass" = ${metric.slice(-1)}::"TalentClass"`)
  }
}

export interface UnitActual {
  metric: CountedMetric
  unitId: string
  actual: number
}

/** Every unit's actual on each metric asked for, in one statement. Units with nothing counted are absent. */
export async function unitActuals(db: Db, metrics: CountedMetric[], w: CountingWindow): Promise<UnitActual[]> {
  const kept = metrics.filter((metric) => creditedMetrics.has(metric))
  const parts = metrics
    .filter((metric) => !creditedMetrics.has(metric))
    .map(
      (metric) => Prisma.sql`
        SELECT ${metric}::text AS metric, unit_id, sum(amount)::float8 AS actual
        FROM (${countedRows(metric, w)}) r GROUP BY unit_id`,
    )
  // The credited metrics from the sums the database keeps, whatever the number of projects.
  if (kept.length > 0) parts.push(creditedSums(kept, w))
  if (parts.length === 0) return []
  const rows = await db.$queryRaw<
    { metric: CountedMetric; unit_id: string; actual: number }[]
  >`${Prisma.join(parts, ' UNION ALL ')}`
  return rows.map((row) => ({ metric: row.metric, unitId: row.unit_id, actual: Number(row.actual) }))
}

export interface CountedRow {
  amount: number
  projectId: string | null
  talentId: string | null
  at: Date
}

/** The rows behind one unit's number, newest first. */
export async function countedRowsOf(
  db: Db,
  metric: CountedMetric,
  unitId: string,
  w: CountingWindow,
  limit: number,
): Promise<CountedRow[]> {
  const rows = await db.$queryRaw<{ amount: number; project_id: string | null; talent_id: string | null; at: Date }[]>`
    SELECT amount, project_id, talent_id, at FROM (${countedRows(metric, w)}) r
    WHERE unit_id = ${unitId}::uuid ORDER BY at DESC, project_id LIMIT ${limit}`
  return rows.map((row) => ({
    amount: Number(row.amount),
    projectId: row.project_id,
    talentId: row.talent_id,
    at: new Date(row.at),
  }))
}
