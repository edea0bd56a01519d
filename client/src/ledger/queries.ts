// What the ledger screens send. The preview and the commit are mutations because they carry the file
// (urql sends queries as GET; a file in a URL would not get through).
import { graphql } from '../graphql.ts'

export const LedgerUnitsQuery = graphql(`
  query LedgerUnits {
    units { id uuid name kind }
  }
`)

export const LedgerWorkbookQuery = graphql(`
  query LedgerWorkbook($unitId: String) {
    ledgerWorkbook(unitId: $unitId) { fileName contentType contentBase64 }
  }
`)

export const PreviewLedgerImportMutation = graphql(`
  mutation PreviewLedgerImport($input: PreviewLedgerImportInput!) {
    previewLedgerImport(input: $input) {
      fileName format encoding headerRow problems canCommit
      columns { column header field }
      counts {
        rows invalid newTalents matchedTalents newProjects updatedProjects unchangedProjects skipped
        spendingRows invalidSpending newSpending unchangedSpending
      }
      rows {
        rowNumber title talentName unitName errors notes talentAction matchedBy sameAsRow projectAction
        changes { field before after }
      }
      spendingRows { rowNumber unitCode unitName spentOn amount purpose action problems { cell message } }
    }
  }
`)

export const CommitLedgerImportMutation = graphql(`
  mutation CommitLedgerImport($input: CommitLedgerImportInput!) {
    commitLedgerImport(input: $input) {
      uuid fileName committedAt
      counts {
        rows invalid newTalents matchedTalents newProjects updatedProjects unchangedProjects skipped
        spendingRows invalidSpending newSpending unchangedSpending
      }
      rows {
        rowNumber title talentName unitName errors notes talentAction matchedBy sameAsRow projectAction
        changes { field before after }
        projectUuid
      }
      spendingRows { rowNumber unitCode unitName spentOn amount purpose action problems { cell message } }
    }
  }
`)
