// A row of an exported ledger, planned against its project as the system holds it now (ledger-update.ts
// decides the changes; a USCC already registered elsewhere, no right to change it, or a stale 版本号 refuses
// the row). New rows are planned in ledger-plan.ts.
import type { LedgerRowValues, ReadLedgerRow } from './ledger-row.ts'
import { ledgerUpdate, type LedgerProjectFacts } from './ledger-update.ts'
import type { KnownWorld, RowPlan } from './ledger-plan.ts'

export const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase()

export const refused = (row: ReadLedgerRow, errors: string[], notes: string[]): RowPlan => ({
  ...row,
  values: null,
  errors,
  notes,
  talent: null,
  project: null,
  unitId: null,
  ownerId: null,
  changes: [],
})

/** A row of an exported ledger whose project the system has. */
export function planExportedRow(
  row: ReadLedgerRow,
  values: LedgerRowValues,
  current: LedgerProjectFacts,
  world: KnownWorld,
  usccRow: (uscc: string) => string | null,
): RowPlan {
  const ownerIdOf = (name: string) => {
    const owners = world.users.filter((user) => user.unitId === current.unitId && squash(user.name) === squash(name))
    return owners.length > 1 ? 'AMBIGUOUS' : (owners[0]?.id ?? null)
  }
  const { errors, notes, update } = ledgerUpdate(values, current, ownerIdOf)
  notes.unshift(...row.notes)
  if (update.landing) {
    const other = world.usccs.get(update.landing.uscc)
    if (other && other.projectId !== current.id)
      errors.push(`统一社会信用代码 ${update.landing.uscc} 已登记在系统中的另一个项目（${other.companyName}）`)
    const twin = usccRow(update.landing.uscc)
    if (twin) errors.push(twin)
  }
  const changed = update.changes.length > 0
  if (changed && !current.writable) errors.push('您无权修改该项目')
  if (changed && values.version !== current.version) {
    errors.push(
      values.version === null
        ? '缺少版本号：请在导出的台账中修改，保留其“版本号”列'
        : `该项目在导出后已被修改（导出时为第 ${values.version} 版，现为第 ${current.version} 版）：请重新导出台账，在新文件中修改后再导入`,
    )
  }
  if (errors.length) return refused(row, errors, notes)
  return {
    ...row,
    notes,
    changes: update.changes,
    unitId: current.unitId,
    ownerId: null,
    talent: { action: 'EXISTING', talentId: current.talentId, matchedBy: 'PROJECT' },
    project: changed
      ? { action: 'UPDATE', projectId: current.id, update }
      : { action: 'UNCHANGED', projectId: current.id },
  }
}
