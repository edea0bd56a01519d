// 人才投入 as the list shows it: the server's rows of the year with the user's own writes still in the outbox
// laid over them (a record not yet sent, a change, a removal, each marked on screen), then narrowed by the
// dates and the words of the purpose the user typed, sorted, and summed. One list, so that a record made
// offline sorts, filters and can be corrected like the others.
import { sortRows, type SortState } from '../components/sort-header.tsx'
import type { OutboxEntry } from '../outbox/types.ts'
import { isWrite, nextVersion } from '../outbox/overlay.ts'

export interface ServerSpending {
  uuid: string
  spentOn: unknown
  amount: unknown
  purpose: string
  version: number
  unit: { name: string }
}

export interface SpendingRow {
  uuid: string
  /** YYYY-MM-DD */
  spentOn: string
  amount: string
  purpose: string
  unitName: string
  /** The version the user's next write of it names (a new record starts at 1 on the server). */
  version: number
  /** Recorded here, not on the server yet. */
  unsynced: boolean
  /** Changed here, the change not sent yet. */
  edited: boolean
  /** Removal waiting to be sent. */
  removing: boolean
}

export interface SpendingView {
  /** The unit chosen; null: the user's own, or the whole county for the office and leaders. */
  unitId: string | null
  countyWide: boolean
  year: number
  /** The name of a unit by uuid; null: the user's own. */
  unitName: (uuid: string | null) => string
}

/** The spending recorded here and not yet sent, in the list's unit and year. */
function unsentRecords(entries: readonly OutboxEntry[], view: SpendingView): SpendingRow[] {
  return entries.flatMap((entry) => {
    if (!isWrite(entry, 'recordTalentSpending')) return []
    const input = entry.variables.input
    const unitId = input.unitId ?? null
    const inView = view.countyWide && !view.unitId ? true : unitId === view.unitId
    if (!inView || !input.spentOn.startsWith(String(view.year))) return []
    const { id: uuid, spentOn, amount, purpose } = input
    const row = { uuid, spentOn, amount, purpose, unitName: view.unitName(unitId), version: 1 }
    return [{ ...row, unsynced: true, edited: false, removing: false }]
  })
}

/** The list: the server's rows and the unsent records, with the waiting changes and removals applied. */
export function spendingRows(
  server: readonly ServerSpending[],
  entries: readonly OutboxEntry[],
  view: SpendingView,
): SpendingRow[] {
  const saved = server.map((row) => ({
    uuid: row.uuid,
    spentOn: String(row.spentOn),
    amount: String(row.amount),
    purpose: row.purpose,
    unitName: row.unit.name,
    version: row.version,
    unsynced: false,
    edited: false,
    removing: false,
  }))
  return [...unsentRecords(entries, view), ...saved].map((row) => {
    const shown = { ...row, version: nextVersion(row.uuid, row.version, entries) }
    for (const entry of entries) {
      if (isWrite(entry, 'deleteTalentSpending') && entry.variables.input.id === row.uuid) shown.removing = true
      if (!isWrite(entry, 'updateTalentSpending') || entry.variables.input.id !== row.uuid) continue
      const { spentOn, amount, purpose } = entry.variables.input
      Object.assign(shown, { edited: true }, spentOn && { spentOn }, amount && { amount }, purpose && { purpose })
    }
    return shown
  })
}

export interface SpendingFilter {
  /** YYYY-MM-DD or empty. */
  from: string
  to: string
  /** Words in the purpose. */
  text: string
}

export const isFiltered = (filter: SpendingFilter) => Boolean(filter.from || filter.to || filter.text.trim())

export function filterSpending(rows: readonly SpendingRow[], filter: SpendingFilter): SpendingRow[] {
  const words = filter.text.trim().toLowerCase()
  return rows.filter(
    (row) =>
      (!filter.from || row.spentOn >= filter.from) &&
      (!filter.to || row.spentOn <= filter.to) &&
      (!words || row.purpose.toLowerCase().includes(words)),
  )
}

export type SpendingSort = 'spentOn' | 'amount'

export const sortSpending = (rows: readonly SpendingRow[], sort: SortState<SpendingSort>) =>
  sortRows(rows, sort, (row, column) => (column === 'amount' ? Number(row.amount) : row.spentOn))

/** The sum in 万元 with two decimals, counted in fen so that 0.1 + 0.2 is 0.30; rows being removed left out. */
export function spendingSum(rows: readonly SpendingRow[]): string {
  const fen = rows.filter((row) => !row.removing).reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0)
  return (fen / 100).toFixed(2)
}
