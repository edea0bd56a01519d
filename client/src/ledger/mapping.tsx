// The file's columns, each with the field the server guessed for it; the user corrects one and the preview
// is asked again with the whole mapping. A field chosen for one column is taken from any other column
// that had it, so the user's choice wins (the server keeps the first column naming a field).
import { For } from 'solid-js'
import type { graphql } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { columnLetter } from './file.ts'

export type LedgerField = ReturnType<typeof graphql.scalar<'LedgerField'>>
export interface ColumnChoice {
  column: number
  field: LedgerField | null
}

/** In the order the export writes them (server/src/domain/ledger/ledger-columns.ts). */
export const ledgerFields: readonly LedgerField[] = [
  'TITLE',
  'TALENT_NAME',
  'TALENT_CLASS',
  'PHONE',
  'EMPLOYER',
  'INDUSTRY',
  'SOURCE_CHANNEL',
  'REFERRER',
  'UNIT',
  'OWNER',
  'STAGE',
  'STATUS',
  'STATUS_REASON',
  'PLANNED_INVESTMENT',
  'REGISTERED_ON',
  'SIGNED_AT',
  'AGREEMENT_KIND',
  'INVESTMENT_AGREED',
  'LANDED_AT',
  'COMPANY_NAME',
  'USCC',
  'REGISTERED_CAPITAL',
  'PROJECT_ID',
  'VERSION',
]

export function remap(columns: readonly ColumnChoice[], column: number, field: LedgerField | null): ColumnChoice[] {
  return columns.map((item) => ({
    column: item.column,
    field: item.column === column ? field : field && item.field === field ? null : item.field,
  }))
}

export function MappingTable(props: {
  columns: readonly (ColumnChoice & { header: string })[]
  disabled: boolean
  onChange: (mapping: ColumnChoice[]) => void
}) {
  return (
    <section class="table-scroll" aria-label={t('ledger.import.mapping')} tabindex="0">
      <table class="leader-table ledger-mapping" data-testid="ledger-mapping">
        <thead>
          <tr>
            <th scope="col">{t('ledger.import.column')}</th>
            <th scope="col">{t('ledger.import.header')}</th>
            <th scope="col">{t('ledger.import.field')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.columns}>
            {(column) => (
              <tr data-testid="ledger-column">
                <td>{columnLetter(column.column)}</td>
                <th scope="row">{column.header}</th>
                <td>
                  <select
                    aria-label={t('ledger.import.fieldFor', {
                      column: columnLetter(column.column),
                      header: column.header,
                    })}
                    value={column.field ?? ''}
                    disabled={props.disabled}
                    onChange={(event) =>
                      props.onChange(
                        remap(props.columns, column.column, (event.currentTarget.value || null) as LedgerField | null),
                      )
                    }
                  >
                    <option value="">{t('ledger.import.skipColumn')}</option>
                    <For each={ledgerFields}>
                      {(field) => <option value={field}>{t(`ledger.field.${field}`)}</option>}
                    </For>
                  </select>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  )
}
