// The credited metrics' actuals per unit over a counting window, from the sums the database keeps (migration
// 20261202195955_statistics_rollups): the whole county months inside the window from CreditMonth, whose
// TALENT_CLASS groups hold every counted row once, and the days before the first and after the last whole
// month from CreditDay. A year to date then reads at most twelve months and thirty days per unit and metric
// instead of a row per day of the year.
import { Prisma } from '../../generated/prisma/client.ts'
import type { CountedMetric, CountingWindow } from './assessment-actuals.ts'

/** The metrics whose sums the database keeps: counted under the credit rule, per unit and county day. */
export const creditedMetrics: ReadonlySet<CountedMetric> = new Set([
  'LEADS_LOGGED',
  'PROJECTS_SIGNED',
  'PROJECTS_LANDED',
  'CLASS_A',
  'CLASS_B',
  'CLASS_C',
])

type DayRange = [from: string, until: string]

const nextMonth = (day: string) => {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))]
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
}

/** County days [from, until) (YYYY-MM-DD) as the whole months inside them and the days left on either side. */
export function monthsAndDays(from: string, until: string): { months: DayRange | null; days: DayRange[] } {
  const monthsFrom = from.endsWith('-01') ? from : nextMonth(from)
  const monthsUntil = `${until.slice(0, 8)}01`
  if (monthsFrom >= monthsUntil) return { months: null, days: from < until ? [[from, until]] : [] }
  const days: DayRange[] = [
    [from, monthsFrom],
    [monthsUntil, until],
  ]
  return { months: [monthsFrom, monthsUntil], days: days.filter(([a, b]) => a < b) }
}

const between = (column: string, [from, until]: DayRange) =>
  Prisma.sql`${Prisma.raw(column)} >= ${from}::date AND ${Prisma.raw(column)} < ${until}::date`

/** One SELECT of (metric, unit_id, actual) for the credited metrics asked for; units with nothing counted absent. */
export function creditedSums(metrics: CountedMetric[], w: CountingWindow): Prisma.Sql {
  const { months, days } = monthsAndDays(w.fromDay, w.untilDay)
  const plain = metrics.filter((metric) => !metric.startsWith('CLASS_'))
  const classKeys = metrics.filter((metric) => metric.startsWith('CLASS_')).map((metric) => `=${metric.slice(-1)}`)
  const parts: Prisma.Sql[] = []
  if (months && plain.length > 0) {
    const plainMetrics = Prisma.join(plain.map((metric) => Prisma.sql`${metric}::"IndicatorMetric"`))
    parts.push(Prisma.sql`
      SELECT m.metric::text AS metric, m."unitId" AS unit_id, m.counted, m.amount FROM "CreditMonth" m
      WHERE ${between('m.month', months)} AND m.dimension = 'TALENT_CLASS' AND m.metric IN (${plainMetrics})`)
  }
  if (months && classKeys.length > 0) {
    parts.push(Prisma.sql`
      SELECT 'CLASS_' || substr(m."groupKey", 2) AS metric, m."unitId" AS unit_id, m.counted, m.amount
      FROM "CreditMonth" m
      WHERE ${between('m.month', months)} AND m.dimension = 'TALENT_CLASS' AND m.metric = 'PROJECTS_LANDED'
        AND m."groupKey" IN (${Prisma.join(classKeys)})`)
  }
  for (const range of days) {
    parts.push(Prisma.sql`
      SELECT d.metric, d."unitId" AS unit_id, d.counted, d.amount FROM "CreditDay" d
      WHERE ${between('d.day', range)} AND d.metric IN (${Prisma.join(metrics)})`)
  }
  if (parts.length === 0)
    parts.push(
      Prisma.sql`SELECT NULL::text AS metric, NULL::uuid AS unit_id, 0 AS counted, 0::numeric AS amount WHERE false`,
    )
  return Prisma.sql`
    SELECT s.metric, s.unit_id, sum(s.amount)::float8 AS actual FROM (${Prisma.join(parts, ' UNION ALL ')}) s
    GROUP BY s.metric, s.unit_id HAVING sum(s.counted) > 0`
}
