// 人才工程申报: the unit's applications (the office sees every unit's), filtered by round and status, sortable,
// each moved on from its row. Moves and new applications go through the outbox, so they work offline.
import { createMemo, createSignal, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { readFragment } from '../../graphql.ts'
import { createRead } from '../../urql/read.ts'
import { user } from '../../session/session.ts'
import { outboxEntries } from '../../outbox/index.ts'
import { isWrite } from '../../outbox/overlay.ts'
import { t } from '../../i18n/index.ts'
import { createSort, SortHeader, sortRows } from '../../components/sort-header.tsx'
import { AppHeader } from '../../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../../shell/read-state.tsx'
import { applicationStatuses, type ApplicationStatus } from './application-moves.ts'
import { ApplicationRow, queuedStatus, statusLabel } from './application-row.tsx'
import { pendingTalentName, pendingUnitName } from './new-application.tsx'
import { ApplicationsQuery, RoundsQuery } from './queries.ts'
import { ApplicationRowFragment } from './writes.ts'
import '../../office/office.css'
import './programs.css'

type SortColumn = 'talent' | 'program' | 'status'

export default function ApplicationsRoute() {
  const [roundId, setRoundId] = createSignal('')
  const [status, setStatus] = createSignal<ApplicationStatus | ''>('')
  const sorting = createSort<SortColumn>('program')
  const rounds = createRead(RoundsQuery)
  const read = createRead(ApplicationsQuery, {
    variables: () => ({ roundId: roundId() || null, status: status() ? [status() as ApplicationStatus] : null }),
  })
  const showUnit = () => user()?.role === 'ADMIN'
  const rows = createMemo(() => {
    const nodes = read.data()?.programApplications.edges.map((edge) => edge.node) ?? []
    return sortRows(nodes, sorting.sort(), (node, column) => {
      const row = readFragment(ApplicationRowFragment, node)
      if (column === 'talent') return row.talent.name
      if (column === 'status') return applicationStatuses.indexOf(queuedStatus(row.uuid) ?? row.status)
      return `${row.program.name} ${row.year} ${row.round?.name ?? ''}`
    })
  })
  const pendingCreates = () =>
    outboxEntries().flatMap((entry) => (isWrite(entry, 'createProgramApplication') ? [entry.variables.input] : []))
  const roundName = (id: string | null | undefined) => {
    const round = rounds.data()?.programRounds.find((row) => row.uuid === id)
    return round ? `${round.program.name} ${round.year} ${round.name}` : ''
  }

  return (
    <div class="screen">
      <AppHeader title={t('manager.applications.title')} />
      <main class="content office programs" data-testid="applications">
        <nav class="office-filters">
          <A href="/applications/new" class="button button-primary" data-testid="new-application">
            {t('manager.applications.new')}
          </A>
          <A href="/events" class="button">
            {t('manager.programs.toEvents')}
          </A>
        </nav>
        <div class="office-filters">
          <label for="filter-round">{t('manager.applications.round')}</label>
          <select id="filter-round" value={roundId()} onChange={(event) => setRoundId(event.currentTarget.value)}>
            <option value="">{t('manager.applications.allRounds')}</option>
            <For each={rounds.data()?.programRounds ?? []}>
              {(round) => <option value={round.uuid}>{roundName(round.uuid)}</option>}
            </For>
          </select>
          <label for="filter-status">{t('manager.applications.statusFilter')}</label>
          <select
            id="filter-status"
            value={status()}
            onChange={(event) => setStatus(event.currentTarget.value as ApplicationStatus | '')}
          >
            <option value="">{t('manager.applications.allStatuses')}</option>
            <For each={applicationStatuses}>{(value) => <option value={value}>{statusLabel(value)}</option>}</For>
          </select>
        </div>
        <SavedNote shown={Boolean(read.data())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => message} />
        <Show when={!read.loading()} fallback={<Splash />}>
          <table class="office-table programs-table">
            <thead>
              <tr>
                <SortHeader sorting={sorting} column="talent" label={t('manager.applications.talent')} />
                <SortHeader sorting={sorting} column="program" label={t('manager.applications.program')} />
                <Show when={showUnit()}>
                  <th scope="col">{t('manager.applications.unit')}</th>
                </Show>
                <SortHeader sorting={sorting} column="status" label={t('manager.applications.status')} />
                <th scope="col">{t('manager.applications.actions')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={pendingCreates()}>
                {(input) => (
                  <tr data-testid="application-row" class="card-pending">
                    <td>
                      <strong>{pendingTalentName(input.talentId)}</strong>
                    </td>
                    <td>{roundName(input.roundId)}</td>
                    <Show when={showUnit()}>
                      <td>{pendingUnitName(input.unitId)}</td>
                    </Show>
                    <td data-testid="application-status">
                      {statusLabel('RESERVE')} <span class="tag tag-unsynced">{t('manager.programs.unsynced')}</span>
                    </td>
                    <td />
                  </tr>
                )}
              </For>
              <For each={rows()}>{(row) => <ApplicationRow row={row} showUnit={showUnit()} />}</For>
            </tbody>
          </table>
          <Show when={!rows().length && !pendingCreates().length}>
            <p class="muted">{t('manager.applications.none')}</p>
          </Show>
        </Show>
      </main>
    </div>
  )
}
