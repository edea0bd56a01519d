// 人才活动: the county's events, newest first, with how many took part; the office and the units' heads and
// managers hold them (the new-event form), and anyone who works with talents records who came (event-detail).
import { createSignal, For, Show } from 'solid-js'
import { A, useNavigate } from '@solidjs/router'
import { readFragment } from '../../graphql.ts'
import { createRead } from '../../urql/read.ts'
import { user } from '../../session/session.ts'
import { t } from '../../i18n/index.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../../shell/read-state.tsx'
import { EventForm, eventKindLabel } from './event-form.tsx'
import { EventRowFragment, EventsQuery } from './queries.ts'
import '../../office/office.css'
import './programs.css'

const organisers = new Set(['ADMIN', 'PARK_MANAGER', 'UNIT_LEADER'])

export default function EventsRoute() {
  const navigate = useNavigate()
  const read = createRead(EventsQuery)
  const [creating, setCreating] = createSignal(false)
  const events = () => read.data()?.serviceEvents.edges.map((edge) => readFragment(EventRowFragment, edge.node)) ?? []
  return (
    <div class="screen">
      <AppHeader title={t('manager.events.title')} />
      <main class="content office programs" data-testid="events">
        <nav class="office-filters">
          <Show when={organisers.has(user()?.role ?? '')}>
            <button type="button" class="button button-primary" onClick={() => setCreating(true)}>
              {t('manager.events.new')}
            </button>
          </Show>
          <A href="/applications" class="button">
            {t('manager.programs.toApplications')}
          </A>
        </nav>
        <Show when={creating()}>
          <EventForm onSaved={(uuid) => navigate(`/events/${uuid}`)} />
        </Show>
        <SavedNote shown={Boolean(read.data())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => message} />
        <Show when={!read.loading()} fallback={<Splash />}>
          <table class="office-table programs-table">
            <thead>
              <tr>
                <th scope="col">{t('manager.events.heldOn')}</th>
                <th scope="col">{t('manager.events.name')}</th>
                <th scope="col">{t('manager.events.organiser')}</th>
                <th scope="col">{t('manager.events.participants')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={events()}>
                {(event) => (
                  <tr data-testid="event-row">
                    <td>{event.heldOn}</td>
                    <td>
                      <A href={`/events/${event.uuid}`}>{event.title}</A>
                      <span class="muted">
                        {eventKindLabel(event.kind)}
                        {event.place ? ` · ${event.place}` : ''}
                      </span>
                    </td>
                    <td>{event.organiserUnit.name}</td>
                    <td>{t('manager.events.count', { count: event.participantCount })}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <Show when={!events().length}>
            <p class="muted">{t('manager.events.none')}</p>
          </Show>
        </Show>
      </main>
    </div>
  )
}
