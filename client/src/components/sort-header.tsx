// Sortable table columns, one way for every desk table: the header is a button that sorts by its column, a
// second press turns the order round, and the <th> says the order in aria-sort (a screen reader reads it; the
// arrow beside the label is for the eye only). Rows are sorted in the browser, from the list as read.
import { createSignal, type Accessor } from 'solid-js'
import './sort-header.css'

export type SortDirection = 'ascending' | 'descending'

export interface SortState<Column extends string> {
  column: Column
  direction: SortDirection
}

export interface Sorting<Column extends string> {
  sort: Accessor<SortState<Column>>
  /** Sorts by `column`: the other way round if it already is, else in its first direction. */
  toggle: (column: Column, first?: SortDirection) => void
}

export function createSort<Column extends string>(
  column: Column,
  direction: SortDirection = 'ascending',
): Sorting<Column> {
  const [sort, setSort] = createSignal<SortState<Column>>({ column, direction })
  const toggle = (next: Column, first: SortDirection = 'ascending') =>
    setSort((current) =>
      current.column === next
        ? { column: next, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column: next, direction: first },
    )
  return { sort, toggle }
}

export type SortValue = string | number | null | undefined

const isEmpty = (value: SortValue) => value === null || value === undefined || value === ''

/**
 * `rows` in the order of `sort`, by the value `cellValue` gives for the sorted column: numbers as numbers, text
 * as Chinese readers order it (digits by value, so dates and amounts in text order right). Empty values go
 * last either way; equal ones keep the order the list came in.
 */
export function sortRows<Row, Column extends string>(
  rows: readonly Row[],
  sort: SortState<Column>,
  cellValue: (row: Row, column: Column) => SortValue,
): Row[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  const keyed = rows.map((row) => ({ row, value: cellValue(row, sort.column) }))
  keyed.sort((a, b) => {
    if (isEmpty(a.value) || isEmpty(b.value)) return Number(isEmpty(a.value)) - Number(isEmpty(b.value))
    if (typeof a.value === 'number' && typeof b.value === 'number') return sign * (a.value - b.value)
    return sign * String(a.value).localeCompare(String(b.value), 'zh-CN', { numeric: true })
  })
  return keyed.map((item) => item.row)
}

/** A column header that sorts its table. */
export function SortHeader<Column extends string>(props: {
  sorting: Sorting<Column>
  column: Column
  label: string
  /** The order a first press gives: newest or largest first suits dates and amounts. */
  first?: SortDirection
}) {
  const state = () => (props.sorting.sort().column === props.column ? props.sorting.sort().direction : 'none')
  return (
    <th scope="col" aria-sort={state()}>
      <button type="button" class="sort-button" onClick={() => props.sorting.toggle(props.column, props.first)}>
        {props.label}
        <span class="sort-mark" aria-hidden="true">
          {state() === 'ascending' ? '▲' : state() === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  )
}
