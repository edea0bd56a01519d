// Dates in a ledger: Excel date cells, or text as people write it (2026-03-05, 2026/3/5, 2026.3.5,
// 2026年3月5日, 20260305), or an Excel day number that lost its date format. Kept as YYYY-MM-DD.
import { TZDate } from '@date-fns/tz'
import { countyTimeZone } from '../clocks.ts'

const pad = (value: number) => String(value).padStart(2, '0')
// Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
const excelEpoch = Date.UTC(1899, 11, 30)

function validDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1950 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The calendar day a cell names, or null when it names none. Excel date cells carry the day in UTC. */
export function ledgerDay(cell: string | Date): string | null {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? null
      : validDay(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())
  const text = cell.trim()
  const parts =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (parts) return validDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))
  if (/^\d{5}$/.test(text)) {
    const date = new Date(excelEpoch + Number(text) * 86_400_000)
    return validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
  }
  return null
}

/** A day as the database's date columns take it (UTC midnight) and as exceljs writes a date cell. */
export const dayAsDate = (day: string) => new Date(`${day}T00:00:00.000Z`)

/** The day a moment falls on in the county. */
export function countyDay(at: Date): string {
  const local = new TZDate(at, countyTimeZone)
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`
}

/** The first moment of a county day: what a ledger's 登记日期 becomes when a project is created from it. */
export function countyMidnight(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(new TZDate(year, month - 1, date, countyTimeZone).getTime())
}
