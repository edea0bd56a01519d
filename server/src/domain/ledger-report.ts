// What a preview shows and an import report keeps: one line per row (its errors, notes and what happens to
// it) and the counts. JSON-safe: the committed report is stored with its ImportBatch and replayed from there.
import type { RowPlan } from './ledger-plan.ts'

export interface LedgerRowOutcome {
  rowNumber: number
  title: string | null
  talentName: string | null
  unitName: string | null
  errors: string[]
  notes: string[]
  talentAction: 'NEW' | 'EXISTING' | 'SAME_AS_ROW' | null
  matchedBy: 'SAME_PHONE' | 'SAME_NAME_AND_EMPLOYER' | null
  sameAsRow: number | null
  projectAction: 'CREATE' | 'SKIP' | null
  /** After a commit: the talent and project the row created or matched. */
  talentId: string | null
  projectId: string | null
}

export interface LedgerCounts {
  rows: number
  invalid: number
  newTalents: number
  matchedTalents: number
  newProjects: number
  skipped: number
}

export interface LedgerReport {
  fileName: string
  counts: LedgerCounts
  rows: LedgerRowOutcome[]
}

export function outcomeOf(plan: RowPlan, ids: { talentId?: string | null; projectId?: string | null } = {}): LedgerRowOutcome {
  const talent = plan.talent
  return {
    rowNumber: plan.rowNumber,
    title: plan.values?.title ?? null,
    talentName: plan.values?.talentName ?? null,
    unitName: plan.values?.unitName ?? null,
    errors: plan.errors,
    notes: plan.notes,
    talentAction: talent?.action ?? null,
    matchedBy: talent?.action === 'EXISTING' ? talent.matchedBy : null,
    sameAsRow: talent?.action === 'SAME_AS_ROW' ? talent.rowNumber : null,
    projectAction: plan.project?.action ?? null,
    talentId: ids.talentId ?? (talent?.action === 'EXISTING' ? talent.talentId : null),
    projectId: ids.projectId ?? (plan.project?.action === 'SKIP' ? plan.project.projectId : null),
  }
}

export function countsOf(plans: RowPlan[]): LedgerCounts {
  const existing = new Set(plans.flatMap((plan) => (plan.talent?.action === 'EXISTING' ? [plan.talent.talentId] : [])))
  return {
    rows: plans.length,
    invalid: plans.filter((plan) => plan.errors.length > 0).length,
    newTalents: plans.filter((plan) => plan.talent?.action === 'NEW').length,
    matchedTalents: existing.size,
    newProjects: plans.filter((plan) => plan.project?.action === 'CREATE').length,
    skipped: plans.filter((plan) => plan.project?.action === 'SKIP').length,
  }
}

/** One Chinese message per bad row, for the error that refuses the whole file. */
export function rowProblems(plans: RowPlan[]) {
  return plans.filter((plan) => plan.errors.length).map((plan) => ({ field: `rows.${plan.rowNumber}`, message: `第 ${plan.rowNumber} 行：${plan.errors.join('，')}` }))
}
