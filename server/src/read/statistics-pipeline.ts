// Projects logged, signed and landed in a year, grouped by unit, industry, the lead talent's class, source
// channel and county month; and what the landed projects bring (investment agreed, registered capital).
// Counted under the assessment's credit rule (assessment-actuals.ts), so that these figures add up to the
// same numbers as the 考核: a project counts once, for its credit unit or split by its CreditShares.
import { Prisma } from '../generated/prisma/client.ts'
import type { SourceChannel, TalentClass } from '../generated/prisma/enums.ts'
import { countedRows } from './assessment-actuals.ts'
import { countyMonth, type Db, type StatisticsFilter } from './statistics-window.ts'

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

/** Every group of every dimension in one statement (GROUPING SETS); groups with nothing counted are absent. */
export async function pipelineGroups(db: Db, { window: w, unitId }: StatisticsFilter): Promise<PipelineGroup[]> {
  const rows = await db.$queryRaw<{ dimension: PipelineDimension; unit_id: string | null; industry: string | null; talent_class: TalentClass | null; source_channel: SourceChannel | null; month: number | null; logged: number; signed: number; landed: number }[]>`
    WITH counted AS (
      SELECT metric, unit_id, amount, project_id, ${countyMonth('at')} AS month FROM (
        SELECT 'LOGGED' AS metric, * FROM (${countedRows('LEADS_LOGGED', w)}) logged
        UNION ALL SELECT 'SIGNED', * FROM (${countedRows('PROJECTS_SIGNED', w)}) signed
        UNION ALL SELECT 'LANDED', * FROM (${countedRows('PROJECTS_LANDED', w)}) landed
      ) c ${unitOnly(unitId)}
    )
    SELECT CASE WHEN GROUPING(c.unit_id) = 0 THEN 'UNIT' WHEN GROUPING(p.industry) = 0 THEN 'INDUSTRY'
                WHEN GROUPING(t."talentClass") = 0 THEN 'TALENT_CLASS' WHEN GROUPING(p."sourceChannel") = 0 THEN 'SOURCE_CHANNEL'
                WHEN GROUPING(c.month) = 0 THEN 'MONTH' ELSE 'TOTAL' END AS dimension,
           c.unit_id, p.industry, t."talentClass"::text AS talent_class, p."sourceChannel"::text AS source_channel, c.month,
           COALESCE(sum(c.amount) FILTER (WHERE c.metric = 'LOGGED'), 0)::float8 AS logged,
           COALESCE(sum(c.amount) FILTER (WHERE c.metric = 'SIGNED'), 0)::float8 AS signed,
           COALESCE(sum(c.amount) FILTER (WHERE c.metric = 'LANDED'), 0)::float8 AS landed
    FROM counted c JOIN "Project" p ON p.id = c.project_id JOIN "Talent" t ON t.id = p."talentId"
    GROUP BY GROUPING SETS ((c.unit_id), (p.industry), (t."talentClass"), (p."sourceChannel"), (c.month), ())`
  return rows.map((row) => ({
    dimension: row.dimension,
    unitId: row.unit_id,
    industry: row.industry,
    talentClass: row.talent_class,
    sourceChannel: row.source_channel,
    month: row.month,
    logged: Number(row.logged),
    signed: Number(row.signed),
    landed: Number(row.landed),
  }))
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
  const rows = await db.$queryRaw<{ unit_id: string | null; landed: number; investment_agreed: number; registered_capital: number }[]>`
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
