// The import's preview and report in the reader's language. The rows' errors, notes and cell problems are
// data, not errors, so useCodedErrors does not see them: they are told here, message by message, as it tells
// an error's (locale/english-errors.ts, the 台账's templates in locale/english-ledger.ts), and a changed
// stage, status, channel or agreement is shown as the English export writes it. A message no template knows
// stays in Chinese rather than being lost.
import type { LedgerRowOutcome, LedgerSpendingOutcome } from '../../domain/ledger/ledger-report.ts'
import type { LedgerField } from '../../domain/ledger/ledger-columns.ts'
import { toldIn } from '../../locale/english-errors.ts'
import { ledgerWord } from '../../locale/english-ledger.ts'
import type { Locale } from '../../locale/locale.ts'

interface Told {
  problems?: string[]
  rows: LedgerRowOutcome[]
  spending: LedgerSpendingOutcome[]
}

/** The fields whose values are the ledger's words rather than what the user typed. */
const wordFields = new Set<LedgerField>(['stage', 'status', 'sourceChannel', 'agreementKind'])

export function importIn<Shape extends Told>(locale: Locale, shape: Shape): Shape {
  if (locale !== 'en') return shape
  const tell = toldIn(locale)
  const value = (field: LedgerField, text: string | null) =>
    text !== null && wordFields.has(field) ? ledgerWord(text) : text
  return {
    ...shape,
    ...(shape.problems ? { problems: shape.problems.map(tell) } : {}),
    rows: shape.rows.map((row) => ({
      ...row,
      errors: row.errors.map(tell),
      notes: row.notes.map(tell),
      changes: row.changes.map((change) => ({
        ...change,
        before: value(change.field, change.before),
        after: value(change.field, change.after),
      })),
    })),
    spending: shape.spending.map((row) => ({
      ...row,
      errors: row.errors.map(tell),
      problems: row.problems?.map((problem) => ({ ...problem, message: tell(problem.message) })),
    })),
  }
}
