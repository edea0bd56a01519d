// The desk tables' one way of sorting: a header sorts by its column, pressed again the other way round, and
// says so in aria-sort; empty values stay last, numbers and dates in text sort by value.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library'
import { For } from 'solid-js'
import { createSort, SortHeader, sortRows } from '../../client/src/components/sort-header.tsx'

afterEach(cleanup)

const rows = [
  { name: '王五', amount: 12.5, on: '2026-03-05' },
  { name: '赵六', amount: null, on: '2026-11-20' },
  { name: '李四', amount: 8, on: '2026-10-01' },
]

describe('sortRows', () => {
  it('orders numbers by value and keeps empty values last, either way round', () => {
    const by = (direction: 'ascending' | 'descending') =>
      sortRows(rows, { column: 'amount', direction }, (row) => row.amount).map((row) => row.name)
    expect(by('ascending')).toEqual(['李四', '王五', '赵六'])
    expect(by('descending')).toEqual(['王五', '李四', '赵六'])
  })

  it('orders text as Chinese readers do, digits by value', () => {
    const names = sortRows(['第10批', '第2批', '第1批'], { column: 'name', direction: 'ascending' }, (row) => row)
    expect(names).toEqual(['第1批', '第2批', '第10批'])
  })
})

describe('SortHeader', () => {
  it('sorts by its column, then the other way round, and says which in aria-sort', () => {
    render(() => {
      const sorting = createSort<'name' | 'on'>('name')
      return (
        <table>
          <thead>
            <tr>
              <SortHeader sorting={sorting} column="name" label="姓名" />
              <SortHeader sorting={sorting} column="on" label="日期" first="descending" />
            </tr>
          </thead>
          <tbody>
            <For each={sortRows(rows, sorting.sort(), (row, column) => row[column])}>
              {(row) => (
                <tr>
                  <td>{row.name}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      )
    })
    const order = () => screen.getAllByRole('cell').map((cell) => cell.textContent)
    const header = (name: string) => screen.getByRole('button', { name }).closest('th')!
    expect(header('姓名').getAttribute('aria-sort')).toBe('ascending')
    expect(header('日期').getAttribute('aria-sort')).toBe('none')
    expect(order()).toEqual(['李四', '王五', '赵六'])
    fireEvent.click(screen.getByRole('button', { name: '日期' }))
    expect(header('日期').getAttribute('aria-sort')).toBe('descending')
    expect(header('姓名').getAttribute('aria-sort')).toBe('none')
    expect(order()).toEqual(['赵六', '李四', '王五'])
    fireEvent.click(screen.getByRole('button', { name: '日期' }))
    expect(header('日期').getAttribute('aria-sort')).toBe('ascending')
    expect(order()).toEqual(['王五', '李四', '赵六'])
  })
})
