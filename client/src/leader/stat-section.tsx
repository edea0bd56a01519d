// What every statistics section shares: its titled card with the read's state (each section reads apart, so
// one refused or unsaved figure leaves the others standing), a table that scrolls sideways in its own box,
// and the name of a row's unit (none: the total).
import type { JSX } from 'solid-js'
import { t } from '../i18n/index.ts'
import type { ReadState } from '../urql/read.ts'
import { ScreenState } from './screen-state.tsx'

export function StatSection(props: {
  id: string
  title: string
  read: ReadState
  note?: string
  children: JSX.Element
}) {
  return (
    <section class="leader-section" aria-labelledby={`${props.id}-title`} data-testid={props.id}>
      <h2 id={`${props.id}-title`} class="section-title">
        {props.title}
      </h2>
      {props.note && <p class="card-meta">{props.note}</p>}
      <ScreenState read={props.read}>{props.children}</ScreenState>
    </section>
  )
}

/** A table's box: scrolls sideways on a phone, reachable by keyboard, named by its label or its section's title. */
export function TableBox(props: { section: string; label?: string; children: JSX.Element }) {
  return (
    <section
      class="table-scroll"
      aria-labelledby={props.label ? undefined : `${props.section}-title`}
      aria-label={props.label}
      tabindex="0"
    >
      {props.children}
    </section>
  )
}

export const unitName = (unit: { name: string } | null | undefined) => unit?.name ?? t('leader.stats.total')

/**
 * The rows of a statistic whose first row is the total (unit null) and the others one unit each: the units,
 * largest first, then the total, unless one unit is all there is (the total would repeat it).
 */
export function unitRowsWithTotal<Row extends { unit?: unknown }>(
  rows: readonly Row[],
  size: (row: Row) => number,
): Row[] {
  const units = rows.filter((row) => row.unit).sort((a, b) => size(b) - size(a))
  const total = rows.filter((row) => !row.unit)
  return units.length === 1 ? units : [...units, ...total]
}
