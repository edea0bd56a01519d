// /programs: the programs the office keeps (national first), each with its yearly rounds and how many
// applications each holds; filtered by program, year and whether in use, sorted by the headers. A round's name
// and closing date are changed in its line; a program is deactivated rather than deleted, so its past
// applications stay.
import { createMemo, createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { createRead } from '../../urql/read.ts'
import { sendOnline } from '../../urql/send-online.ts'
import { countyToday } from '../../staff/dates.ts'
import { FormError } from '../../components/form-error.tsx'
import { createSort, SortHeader } from '../../components/sort-header.tsx'
import { AppHeader } from '../../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../../shell/read-state.tsx'
import { OfficePrograms, OfficeUpdateProgram } from './documents.ts'
import { levelLabel, NewProgramForm, NewRoundForm } from './program-forms.tsx'
import { type ActiveFilter, type Program, type ProgramFilter, programRows, roundYears } from './program-filters.ts'
import { RoundEdit } from './round-edit.tsx'
import '../office.css'

export default function ProgramsRoute() {
  const read = createRead(OfficePrograms)
  const [problem, setProblem] = createSignal<string>()
  const [editing, setEditing] = createSignal<string>()
  const [filter, setFilter] = createStore<ProgramFilter>({ programId: '', year: '', active: '' })
  const sorting = createSort<'name' | 'level' | 'applications'>('level')
  const programs = () => read.data()?.programs ?? []
  const rows = createMemo(() => programRows(programs(), filter, sorting.sort()))
  const reload = () => read.refetch({ requestPolicy: 'network-only' })
  const year = Number(countyToday().slice(0, 4))

  async function toggle(program: Program) {
    const input = { clientMutationId: uuidv7(), id: program.uuid, version: program.version, active: !program.active }
    const sent = await sendOnline(OfficeUpdateProgram, { input }, t('office.programs.online'))
    setProblem(sent.ok ? undefined : sent.message)
    if (sent.ok) reload()
  }

  return (
    <div class="screen">
      <AppHeader title={t('office.programs.title')} />
      <main class="content office" data-testid="programs">
        <SavedNote shown={Boolean(read.data())} text={t('office.programs.online')} />
        <LoadFailed read={read} say={(message) => message} />
        <FormError message={problem()} />
        <fieldset class="office-filters" aria-label={t('office.programs.filters')}>
          <label for="filter-program">{t('office.programs.filterProgram')}</label>
          <select
            id="filter-program"
            value={filter.programId}
            onChange={(event) => setFilter('programId', event.currentTarget.value)}
          >
            <option value="">{t('office.programs.allPrograms')}</option>
            <For each={programs()}>{(program) => <option value={program.uuid}>{program.name}</option>}</For>
          </select>
          <label for="filter-year">{t('office.programs.filterYear')}</label>
          <select
            id="filter-year"
            value={filter.year}
            onChange={(event) => setFilter('year', event.currentTarget.value)}
          >
            <option value="">{t('office.programs.allYears')}</option>
            <For each={roundYears(programs())}>{(value) => <option value={value}>{value}</option>}</For>
          </select>
          <label for="filter-active">{t('office.programs.filterActive')}</label>
          <select
            id="filter-active"
            value={filter.active}
            onChange={(event) => setFilter('active', event.currentTarget.value as ActiveFilter)}
          >
            <option value="">{t('office.programs.allStates')}</option>
            <option value="active">{t('office.programs.active')}</option>
            <option value="inactive">{t('office.programs.inactive')}</option>
          </select>
        </fieldset>
        <Show when={!read.loading()} fallback={<Splash />}>
          <table class="office-table">
            <thead>
              <tr>
                <SortHeader sorting={sorting} column="name" label={t('office.programs.name')} />
                <SortHeader sorting={sorting} column="level" label={t('office.programs.level')} />
                <th scope="col">{t('office.programs.rounds')}</th>
                <SortHeader
                  sorting={sorting}
                  column="applications"
                  label={t('office.programs.applicationTotal')}
                  first="descending"
                />
                <th scope="col">{t('office.programs.actions')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => (
                  <tr classList={{ inactive: !row.program.active }} data-testid="program-row">
                    <td>
                      <strong>{row.program.name}</strong>
                      <span class="muted">
                        {row.program.code}
                        {row.program.isNationalMajor ? ` · ${t('office.programs.nationalMajor')}` : ''}
                        {row.program.active ? '' : ` · ${t('office.programs.inactive')}`}
                      </span>
                    </td>
                    <td>{levelLabel(row.program.level)}</td>
                    <td>
                      <Show
                        when={row.rounds.length}
                        fallback={<span class="muted">{t('office.programs.noRounds')}</span>}
                      >
                        <ul class="plain-list">
                          <For each={row.rounds}>
                            {(round) => (
                              <li>
                                <span data-testid="round">
                                  {t('office.programs.round', { year: round.year, name: round.name })}
                                  <span class="muted">
                                    {round.closesOn
                                      ? `${t('office.programs.closes', { date: String(round.closesOn) })} · `
                                      : ''}
                                    {t('office.programs.applications', { count: round.applicationCount })}
                                  </span>
                                </span>
                                <Show
                                  when={editing() === round.uuid}
                                  fallback={
                                    <button
                                      type="button"
                                      class="button button-small"
                                      aria-label={t('office.programs.editRoundOf', {
                                        program: row.program.name,
                                        round: t('office.programs.round', { year: round.year, name: round.name }),
                                      })}
                                      onClick={() => setEditing(round.uuid)}
                                    >
                                      {t('office.programs.editRound')}
                                    </button>
                                  }
                                >
                                  <RoundEdit
                                    program={row.program}
                                    round={round}
                                    onDone={(saved) => {
                                      setEditing(undefined)
                                      if (saved) reload()
                                    }}
                                  />
                                </Show>
                              </li>
                            )}
                          </For>
                        </ul>
                      </Show>
                    </td>
                    <td>{row.applications}</td>
                    <td class="office-actions">
                      <button type="button" onClick={() => void toggle(row.program)}>
                        {row.program.active ? t('office.programs.deactivate') : t('office.programs.restore')}
                      </button>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <Show when={read.data() && !rows().length}>
            <p class="muted">{t('office.programs.noneFound')}</p>
          </Show>
        </Show>
        <NewRoundForm programs={programs()} year={year} onSaved={reload} />
        <NewProgramForm onSaved={reload} />
      </main>
    </div>
  )
}
