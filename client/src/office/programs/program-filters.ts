// Which programs and rounds the office's table shows, and in which order: filtered by program, year and
// whether the program is in use; sorted by name, level or the applications of the rounds shown.
import type { ResultOf } from '../../graphql.ts'
import { sortRows, type SortState } from '../../components/sort-header.tsx'
import type { OfficePrograms } from './documents.ts'

export type Program = ResultOf<typeof OfficePrograms>['programs'][number]
export type Round = Program['rounds'][number]
export type ProgramSort = 'name' | 'level' | 'applications'
export type ActiveFilter = '' | 'active' | 'inactive'

export interface ProgramFilter {
  /** A program's uuid; empty: all. */
  programId: string
  /** Empty: every year. */
  year: string
  active: ActiveFilter
}

const levelOrder = ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT']

/** The years any round was opened in, newest first. */
export function roundYears(programs: readonly Program[]): number[] {
  const years = new Set(programs.flatMap((program) => program.rounds.map((round) => round.year)))
  return [...years].sort((a, b) => b - a)
}

export interface ProgramRow {
  program: Program
  /** The program's rounds in the year filtered by (all of them without one). */
  rounds: Round[]
  applications: number
}

/** The rows the table shows: with a year chosen, only programs that opened a round that year. */
export function programRows(programs: readonly Program[], filter: ProgramFilter, sort: SortState<ProgramSort>) {
  const rows: ProgramRow[] = programs
    .filter((program) => !filter.programId || program.uuid === filter.programId)
    .filter((program) => !filter.active || program.active === (filter.active === 'active'))
    .map((program) => {
      const rounds = program.rounds.filter((round) => !filter.year || String(round.year) === filter.year)
      const applications = rounds.reduce((sum, round) => sum + round.applicationCount, 0)
      return { program, rounds, applications }
    })
    .filter((row) => !filter.year || row.rounds.length > 0)
  return sortRows(rows, sort, (row, column) => {
    if (column === 'level') return levelOrder.indexOf(row.program.level)
    if (column === 'applications') return row.applications
    return row.program.name
  })
}
