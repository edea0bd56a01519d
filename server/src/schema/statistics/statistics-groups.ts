// Projects logged, signed and landed in a year, grouped by unit, industry, the lead talent's class, source
// channel and county month; and what the landed projects bring (investment agreed, registered capital).
// Counted under the assessment's credit rule (assessment-actuals.ts), so that these figures add up to the
// same numbers as the 考核: a project counts once, for its credit unit or split by its CreditShares. The groups
// are read from CreditMonth, the credited sums the database keeps per county month, unit and group.
import { Prisma } from '../../generated/prisma/client.ts'
import type { SourceChannel, TalentClass } from '../../generated/prisma/enums.ts'
import { countedRows, type CountingWindow } from '../assessment/assessment-actuals.ts'
import { andUnit, type Db, type StatisticsFilter } from './statistics-window.ts'

export interface PipelineCounts {
  logged: number
  signed: number
  landed: number
}

export type PipelineDimension = 'UNIT' | 'INDUSTRY' | 'TALENT_CLASS' | 'SOURCE_CHANNEL' | 'MONTH' | 'TOTAL'

export interface PipelineGroup extends PipelineCounts {
  dimension: PipelineDimension
  unitId: string | null
  industry: string | null
  talentClass: TalentClass | null
  sourceChannel: SourceChannel | null
  month: number | null
}

const unitOnly = (unitId: string | null) => (unitId ? Prisma.sql`WHERE unit_id = ${unitId}::uuid` : Prisma.empty)

/** CreditMonth keeps whole county months: a window must start and end on the first of a month. */
function wholeMonths(w: CountingWindow) {
  if (!w.fromDay.endsWith('-01') || !w.untilDay.endsWith('-01'))
    throw new Error(`pipeline groups count whole months, not ${w.fromDay}–${w.untilDay}`)
}

/** CreditMonth's group key: '=' and the value, or '' for none (a project with no industry). */
const groupValue = (groupKey: string | null) => (groupKey ? groupKey.slice(1) : null)

/**
 * Every group of every dimension in one statement (GROUPING SETS); groups with nothing counted are absent.
 * Each counted row is in one group of each dimension kept, so the units, months and total are summed over
 * the TALENT_CLASS groups alone.
 */
export async function pipelineGroups(db: Db, { window: w, unitId }: StatisticsFilter): Promise<PipelineGroup[]> {
  wholeMonths(w)
  const rows = await db.$queryRaw<
    {
      dimension: PipelineDimension
      unit_id: string | null
      group_key: string | null
      month: number | null
      logged: number
      signed: number
      landed: number
    }[]
  >`
    SELECT CASE WHEN GROUPING(c."groupKey") = 0 THEN c.dimension WHEN GROUPING(c."unitId") = 0 THEN 'UNIT'
                WHEN GROUPING(c.month) = 0 THEN 'MONTH' ELSE 'TOTAL' END AS dimension,
           c."unitId" AS unit_id, c."groupKey" AS group_key, extract(month FROM c.month)::int AS month,
           COALESCE(sum(c.amount) FILTER (WHERE c.metric = 'LEADS_LOGGED'), 0)::float8 AS logged,
           COALESCE(sum(c.amount) FILTER (WHERE c.metric = 'PROJECTS_SIGNED'), 0)::float8 AS signed,
           COALESCE(sum(c.amount) FILTER (WHERE c.metric = 'PROJECTS_LANDED'), 0)::float8 AS landed
    FROM (
      SELECT *, dimension = 'TALENT_CLASS' AS whole FROM "CreditMonth"
      WHERE month >= ${w.fromDay}::date AND month < ${w.untilDay}::date ${andUnit('"unitId"', unitId)}
    ) c
    GROUP BY GROUPING SETS ((c.dimension, c."groupKey"), (c.whole, c."unitId"), (c.whole, c.month), (c.whole))
    HAVING sum(c.counted) > 0 AND (GROUPING(c.dimension) = 0 OR c.whole)`
  return rows.map((row) => {
    const value =
      row.dimension === 'INDUSTRY' || row.dimension === 'TALENT_CLASS' || row.dimension === 'SOURCE_CHANNEL'
        ? groupValue(row.group_key)
        : null
    return {
      dimension: row.dimension,
      unitId: row.unit_id,
      industry: row.dimension === 'INDUSTRY' ? value : null,
      talentClass: row.dimension === 'TALENT_CLASS' ? (value as TalentClass) : null,
      sourceChannel: row.dimension === 'SOURCE_CHANNEL' ? (value as SourceChannel) : null,
      month: row.month,
      logged: Number(row.logged),
      signed: Number(row.signed),
      landed: Number(row.landed),
    }
  })
}

export interface LandedInvestment {
  /** Null: the county total. */
  unitId: string | null
  landed: number
  investmentAgreed: number
  registeredCapital: number
}

/** 万元 of the projects landed in the year, per credit unit and for the county; a split project by its share. */
export async function landedInvestment(db: Db, { window: w, unitId }: StatisticsFilter): Promise<LandedInvestment[]> {
  const rows = await db.$queryRaw<
    { unit_id: string | null; landed: number; investment_agreed: number; registered_capital: number }[]
  >`
    SELECT c.unit_id, sum(c.amount)::float8 AS landed,
           COALESCE(sum(c.amount * s."investmentAgreed"), 0)::float8 AS investment_agreed,
           COALESCE(sum(c.amount * l."registeredCapital"), 0)::float8 AS registered_capital
    FROM (SELECT * FROM (${countedRows('PROJECTS_LANDED', w)}) landed ${unitOnly(unitId)}) c
    JOIN "Landing" l ON l."projectId" = c.project_id LEFT JOIN "Signing" s ON s."projectId" = c.project_id
    GROUP BY GROUPING SETS ((c.unit_id), ())`
  return rows.map((row) => ({
    unitId: row.unit_id,
    landed: Number(row.landed),
    investmentAgreed: Math.round(Number(row.investment_agreed) * 100) / 100,
    registeredCapital: Math.round(Number(row.registered_capital) * 100) / 100,
  }))
}
