// What every statistic is narrowed to: one county year and, optionally, one unit. The SQL of each topic
// lives in its own statistics-*.ts file and takes a StatisticsFilter; who may ask for which unit is decided
// in auth/statistics-scope.ts before any of it runs.
import { Prisma } from '../../generated/prisma/client.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { yearBounds } from '../../domain/assessment.ts'
import type { CountingWindow } from '../assessment/assessment-actuals.ts'

export type Db = Pick<Transaction, '$queryRaw'>

export interface StatisticsFilter {
  window: CountingWindow
  /** Null: the whole county. */
  unitId: string | null
}

/** The whole county year: timestamps in [from, until), DATE columns in [fromDay, untilDay). */
export function yearWindow(year: number, youthAgeLimit = 35): CountingWindow {
  const { start, end } = yearBounds(year)
  return { year, from: start, until: end, fromDay: `${year}-01-01`, untilDay: `${year + 1}-01-01`, youthAgeLimit }
}

/** `AND <column> = unit` when narrowed to a unit, nothing for the county. Columns are our own constants. */
export function andUnit(column: string, unitId: string | null): Prisma.Sql {
  return unitId ? Prisma.sql`AND ${Prisma.raw(column)} = ${unitId}::uuid` : Prisma.empty
}

/** A median or average as a number, or null when there was nothing to take it of. */
export const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** A count's share of a total, null when the total is zero. */
export const shareOf = (count: number, total: number) =>
  total > 0 ? Math.round((count / total) * 10_000) / 10_000 : null
