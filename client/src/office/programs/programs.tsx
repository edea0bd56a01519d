// /programs: the programs the office keeps (national first), each with its yearly rounds and how many
// applications each holds; a program is deactivated rather than deleted, so its past applications stay.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { createRead } from '../../urql/read.ts'
import { sendOnline } from '../../urql/send-online.ts'
import { countyToday } from '../../staff/dates.ts'
import { FormError } from '../../components/form-error.tsx'
import { AppHeader } from '../../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../../shell/read-state.tsx'
import { OfficePrograms, OfficeUpdateProgram } from './documents.ts'
import { levelLabel, NewProgramForm, NewRoundForm } from './program-forms.tsx'
import '../office.css'

export default function ProgramsRoute() {
  const read = createRead(OfficePrograms)
  const [problem, setProblem] = createSignal<string>()
  const programs = () => read.data()?.programs ?? []
  const reload = () => read.refetch({ requestPolicy: 'network-only' })
  const year = Number(countyToday().slice(0, 4))

  async function toggle(program: ReturnType<typeof programs>[number]) {
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
        <Show when={!read.loading()} fallback={<Splash />}>
          <table class="office-table">
            <thead>
              <tr>
                <th scope="col">{t('office.programs.name')}</th>
                <th scope="col">{t('office.programs.level')}</th>
                <th scope="col">{t('office.programs.rounds')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              <For each={programs()}>
                {(program) => (
                  <tr classList={{ inactive: !program.active }} data-testid="program-row">
                    <td>
                      <strong>{program.name}</strong>
                      <span class="muted">
                        {program.code}
                        {program.isNationalMajor ? ` · ${t('office.programs.nationalMajor')}` : ''}
                        {program.active ? '' : ` · ${t('office.programs.inactive')}`}
                      </span>
                    </td>
                    <td>{levelLabel(program.level)}</td>
                    <td>
                      <Show
                        when={program.rounds.length}
                        fallback={<span class="muted">{t('office.programs.noRounds')}</span>}
                      >
                        <ul class="plain-list">
                          <For each={program.rounds}>
                            {(round) => (
                              <li data-testid="round">
                                {t('office.programs.round', { year: round.year, name: round.name })}
                                <span class="muted">
                                  {round.closesOn ? `${t('office.programs.closes', { date: round.closesOn })} · ` : ''}
                                  {t('office.programs.applications', { count: round.applicationCount })}
                                </span>
                              </li>
                            )}
                          </For>
                        </ul>
                      </Show>
                    </td>
                    <td class="office-actions">
                      <button type="button" onClick={() => void toggle(program)}>
                        {program.active ? t('office.programs.deactivate') : t('office.programs.restore')}
                      </button>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <NewRoundForm programs={programs()} year={year} onSaved={reload} />
        <NewProgramForm onSaved={reload} />
      </main>
    </div>
  )
}
