// Working days worked out by hand for the tests, on the calendar the test database holds (the State Council's
// holidays and 调休 workdays loaded at migration), so that a due date is exact whatever day the suite runs.
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'

/** The end (23:59:59.999 at +08:00) of the n-th working day after the county day of `from`. */
export async function endOfWorkingDaysAfter(prisma: PrismaClient, from: Date, n: number): Promise<string> {
  const rows = await prisma.calendarDay.findMany()
  const exceptions = new Map(rows.map((row) => [row.date.toISOString().slice(0, 10), row.working]))
  const day = new Date(`${from.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })}T00:00:00Z`)
  for (let left = n; left > 0; ) {
    day.setUTCDate(day.getUTCDate() + 1)
    const weekday = day.getUTCDay() !== 0 && day.getUTCDay() !== 6
    if (exceptions.get(day.toISOString().slice(0, 10)) ?? weekday) left -= 1
  }
  return new Date(day.getTime() + 16 * 3_600_000 - 1).toISOString()
}
