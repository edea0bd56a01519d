// What a preview shows and an import report keeps: one line per row (its errors, notes and what happens to
// it) and the counts. JSON-safe: the committed report is stored with its ImportBatch and replayed from there.
import type { RowPlan } from './ledger-plan.ts'
import { DomainError } from '../errors.ts'
import type { FieldChange } from './ledger-update.ts'
import { spendingCountsOf, type SpendingRowPlan } from './ledger-spending.ts'

export interface LedgerRowOutcome {
  rowNumber: number
  title: string | null
  talentName: string | null
  unitName: string | null
  errors: string[]
  notes: string[]
  talentAction: 'NEW' | 'EXISTING' | 'SAME_AS_ROW' | null
  matchedBy: 'SAME_PHONE' | 'SAME_NAME_AND_EMPLOYER' | 'PROJECT' | null
  sameAsRow: number | null
  projectAction: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'SKIP' | null
  /** An updated project's fields, before → after as the ledger writes them. */
  changes: FieldChange[]
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
  updatedProjects: number
  unchangedProjects: number
  skipped: number
  /** The 人才投入 sheet's rows (ledger-spending.ts); reports kept before it have none. */
  spendingRows?: number
  invalidSpending?: number
  newSpending?: number
  unchangedSpending?: number
}

export interface LedgerReport {
  fileName: string
  counts: LedgerCounts
  rows: LedgerRowOutcome[]
  spending?: LedgerSpendingOutcome[]
}

/** Reports kept before the problems named their cells have only the errors. */
export type LedgerSpendingOutcome = Omit<SpendingRowPlan, 'problems'> & {
  problems?: SpendingRowPlan['problems']
  spendingId?: string | null
}

export function outcomeOf(
  plan: RowPlan,
  ids: { talentId?: string | null; projectId?: string | null } = {},
): LedgerRowOutcome {
  const talent = plan.talent
  return {
    rowNumber: plan.rowNumber,
    title: plan.values?.title ?? plan.title,
    talentName: plan.values?.talentName ?? plan.talentName,
    unitName: plan.values?.unitName ?? null,
    errors: plan.errors,
    notes: plan.notes,
    talentAction: talent?.action ?? null,
    matchedBy: talent?.action === 'EXISTING' ? talent.matchedBy : null,
    sameAsRow: talent?.action === 'SAME_AS_ROW' ? talent.rowNumber : null,
    projectAction: plan.project?.action ?? null,
    changes: plan.changes,
    talentId: ids.talentId ?? (talent?.action === 'EXISTING' ? talent.talentId : null),
    projectId: ids.projectId ?? (plan.project && plan.project.action !== 'CREATE' ? plan.project.projectId : null),
  }
}

export function countsOf(plans: RowPlan[], spending: SpendingRowPlan[] = []): LedgerCounts {
  // Talents matched by phone or name; an exported row's talent is its project's, not a match.
  const existing = new Set(
    plans.flatMap((plan) =>
      plan.talent?.action === 'EXISTING' && plan.talent.matchedBy !== 'PROJECT' ? [plan.talent.talentId] : [],
    ),
  )
  const action = (name: string) => plans.filter((plan) => plan.project?.action === name).length
  return {
    rows: plans.length,
    invalid: plans.filter((plan) => plan.errors.length > 0).length,
    newTalents: plans.filter((plan) => plan.talent?.action === 'NEW').length,
    matchedTalents: existing.size,
    newProjects: action('CREATE'),
    updatedProjects: action('UPDATE'),
    unchangedProjects: action('UNCHANGED'),
    skipped: action('SKIP'),
    ...spendingCountsOf(spending),
  }
}

/** Which project a row is, for its messages: 第 3 行（合成生物平台 · 钱多多）. */
export function rowName(row: { rowNumber: number; title: string | null; talentName: string | null }) {
  const name = [row.title, row.talentName].filter(Boolean).join(' · ')
  return `第 ${row.rowNumber} 行${name ? `（${name}）` : ''}`
}

type NamedRow = { rowNumber: number; title: string | null; talentName: string | null; errors: string[] }

/**
 * One Chinese message per error of a bad row, naming its project, for the error that refuses the whole file;
 * one each, so that a reader in English gets each told on its own (locale/english-errors.ts).
 */
export function rowProblems(plans: NamedRow[]) {
  return plans.flatMap((plan) =>
    plan.errors.map((error) => ({ field: `rows.${plan.rowNumber}`, message: `${rowName(plan)}：${error}` })),
  )
}

/** The error that refuses the whole file for its bad rows: each named, with its messages. */
export function refusedRows(bad: NamedRow[]): DomainError {
  const problems = rowProblems(bad)
  const rows = bad.map(({ rowNumber, title, talentName, errors }) => ({ rowNumber, title, talentName, errors }))
  return new DomainError(
    'BAD_USER_INPUT',
    `台账有 ${rows.length} 行有误，整个文件未导入：${problems.map((problem) => problem.message).join('；')}`,
    { problems, rows },
  )
}

/** A ledger that the system already holds as it is (an unchanged export): nothing to write. */
export const nothingToImport = '台账中没有新项目，也没有修改过的项目：与系统中的数据一致，无需导入'

/** The 人才投入 sheet's bad rows, named apart from the projects' rows of the same number. */
export const spendingRowsNamed = (plans: SpendingRowPlan[]): NamedRow[] =>
  plans.map((plan) => ({ rowNumber: plan.rowNumber, title: '人才投入', talentName: null, errors: plan.errors }))
