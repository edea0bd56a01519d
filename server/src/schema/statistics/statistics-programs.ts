// Who the 人才工程 train: the sectors of the talents in the program pipeline year by year (the speech warns
// that enterprise talents' share falls behind education and health), and the under-35 reserve per unit.
// Talents are counted once per year however many programs they apply to; the sector is the talent's now.
import { Prisma } from '../../generated/prisma/client.ts'
import type { Sector } from '../../generated/prisma/enums.ts'
import type { Db, StatisticsFilter } from './statistics-window.ts'

export interface SectorCount {
  year: number
  /** Null inside a year's groups: the sector was never filled in. */
  sector: Sector | null
  /** False for the year's total row. */
  bySector: boolean
  trainees: number
  selected: number
}

/** Distinct talents with an application in each year of [fromYear, toYear], per sector and in total. */
export async function traineeSectors(
  db: Db,
  fromYear: number,
  toYear: number,
  unitId: string | null,
): Promise<SectorCount[]> {
  const ofUnit = unitId ? Prisma.sql`AND a."unitId" = ${unitId}::uuid` : Prisma.empty
  const rows = await db.$queryRaw<
    { year: number; sector: Sector | null; by_sector: boolean; trainees: number; selected: number }[]
  >`
    SELECT a.year, t.sector::text AS sector, GROUPING(t.sector) = 0 AS by_sector,
           count(DISTINCT a."talentId")::int AS trainees,
           count(DISTINCT a."talentId") FILTER (WHERE a.status = 'SELECTED')::int AS selected
    FROM "ProgramApplication" a JOIN "Talent" t ON t.id = a."talentId"
    WHERE a.year BETWEEN ${fromYear} AND ${toYear} ${ofUnit}
    GROUP BY GROUPING SETS ((a.year, t.sector), (a.year))
    ORDER BY a.year`
  return rows.map((row) => ({
    year: row.year,
    sector: row.sector,
    bySector: row.by_sector,
    trainees: row.trainees,
    selected: row.selected,
  }))
}

export interface YouthReserve {
  /** Null: the county, each talent once however many units file for them. */
  unitId: string | null
  talents: number
  selected: number
}

/**
 * Talents under the age limit in the year (born after year − limit), in a unit's program pipeline of that
 * year: the same rows the assessment's YOUTH_RESERVE indicator counts, as of the end of the year.
 */
export async function youthReserve(db: Db, { window: w, unitId }: StatisticsFilter): Promise<YouthReserve[]> {
  const ofUnit = unitId ? Prisma.sql`AND a."unitId" = ${unitId}::uuid` : Prisma.empty
  const rows = await db.$queryRaw<{ unit_id: string | null; talents: number; selected: number }[]>`
    SELECT a."unitId" AS unit_id, count(DISTINCT a."talentId")::int AS talents,
           count(DISTINCT a."talentId") FILTER (WHERE a.status = 'SELECTED')::int AS selected
    FROM "ProgramApplication" a JOIN "Talent" t ON t.id = a."talentId"
    WHERE a.year = ${w.year} AND a."createdAt" < ${w.until} AND t."birthYear" > ${w.year - w.youthAgeLimit} ${ofUnit}
    GROUP BY GROUPING SETS ((a."unitId"), ())`
  return rows.map((row) => ({ unitId: row.unit_id, talents: row.talents, selected: row.selected }))
}
