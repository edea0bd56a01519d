// One event: its facts (edited by the organising unit or the office, online), and who took part. Participants
// are recorded and removed through the outbox, at the event itself, signal or not; a talent already recorded,
// or waiting to be, is not offered again, and the server counts a talent once however often recorded.
import { createSignal, For, Show } from 'solid-js'
import { useParams } from '@solidjs/router'
import { uuidv7 } from 'uuidv7'
import { readFragment } from '../../graphql.ts'
import { createRead } from '../../urql/read.ts'
import { enqueueWrite, outboxEntries } from '../../outbox/index.ts'
import { isWrite } from '../../outbox/overlay.ts'
import { outboxWrite } from '../../outbox/write.ts'
import { user } from '../../session/session.ts'
import { globalIdOf } from '../../staff/global-id.ts'
import { BackLink } from '../../staff/back-link.tsx'
import { t } from '../../i18n/index.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../../shell/read-state.tsx'
import { EventForm, eventKindLabel } from './event-form.tsx'
import { TalentPicker, type FoundTalent } from './talent-picker.tsx'
import { EventQuery, EventRowFragment } from './queries.ts'
import { EventParticipantsFragment } from './writes.ts'
import './programs.css'

const sameText = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b) && a!.replace(/\s+/g, '').toLowerCase() === b!.replace(/\s+/g, '').toLowerCase()

// Names of talents recorded on this page, for the rows still waiting in the outbox (which carry ids only).
const recordedNames = new Map<string, string>()

export default function EventDetailRoute() {
  const params = useParams<{ id: string }>()
  const read = createRead(EventQuery, { variables: () => ({ id: globalIdOf('ServiceEvent', params.id) }) })
  const node = () => {
    const found = read.data()?.node
    return found?.__typename === 'ServiceEvent' ? found : null
  }
  const event = () => {
    const found = node()
    return found ? readFragment(EventRowFragment, found) : null
  }
  const people = () => {
    const found = node()
    return found ? readFragment(EventParticipantsFragment, found).participants : []
  }
  const [editing, setEditing] = createSignal(false)
  const mayEdit = () => {
    const me = user()
    return Boolean(me && event() && (me.role === 'ADMIN' || me.unit.id === event()?.organiserUnit.id))
  }
  const queuedAdds = () =>
    outboxEntries().flatMap((entry) =>
      isWrite(entry, 'recordEventParticipants') && entry.variables.input.eventId === params.id
        ? entry.variables.input.talentIds
        : [],
    )
  const queuedRemovals = () =>
    new Set(
      outboxEntries().flatMap((entry) =>
        isWrite(entry, 'removeEventParticipant') && entry.variables.input.eventId === params.id
          ? [entry.variables.input.talentId]
          : [],
      ),
    )
  const shown = () => people().filter((talent) => !queuedRemovals().has(talent.uuid))
  const waiting = () => queuedAdds().filter((id) => !people().some((talent) => talent.uuid === id))
  const taken = (talent: FoundTalent) => {
    if (people().some((row) => row.uuid === talent.uuid) || queuedAdds().includes(talent.uuid))
      return t('manager.events.already')
    // The server refuses the same person under another record (same name at the same employer): say so here.
    const twin = people().some((row) => sameText(row.name, talent.name) && sameText(row.employer, talent.employer))
    return twin ? t('manager.events.twin') : null
  }

  async function record(talent: FoundTalent) {
    const me = user()
    if (!me) return
    recordedNames.set(talent.uuid, talent.name)
    const input = { clientMutationId: uuidv7(), eventId: params.id, talentIds: [talent.uuid] }
    await enqueueWrite(outboxWrite('recordEventParticipants', input, me.id))
  }
  async function remove(talentId: string) {
    const me = user()
    if (!me) return
    await enqueueWrite(
      outboxWrite('removeEventParticipant', { clientMutationId: uuidv7(), eventId: params.id, talentId }, me.id),
    )
  }

  return (
    <div class="screen">
      <AppHeader title={event()?.title ?? t('manager.events.title')} />
      <BackLink fallback="/events" />
      <main class="content programs" data-testid="event-detail">
        <SavedNote shown={Boolean(read.data())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => message} />
        <Show when={event()} fallback={<Splash />}>
          {(shownEvent) => (
            <>
              <p>
                {shownEvent().heldOn} · {eventKindLabel(shownEvent().kind)}
                {shownEvent().place ? ` · ${shownEvent().place}` : ''} · {shownEvent().organiserUnit.name}
              </p>
              <Show when={shownEvent().description}>{(text) => <p class="muted">{text()}</p>}</Show>
              <Show when={mayEdit()}>
                <Show
                  when={editing()}
                  fallback={
                    <button type="button" class="button button-small" onClick={() => setEditing(true)}>
                      {t('manager.events.edit')}
                    </button>
                  }
                >
                  <EventForm event={shownEvent()} onSaved={() => setEditing(false)} />
                </Show>
              </Show>
            </>
          )}
        </Show>
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">
            {t('manager.events.participants')}（{shown().length + waiting().length}）
          </h2>
          <ul class="picker-results" data-testid="participants">
            <For each={shown()}>
              {(talent) => (
                <li data-testid="participant">
                  <span>
                    <strong>{talent.name}</strong>
                    <Show when={talent.employer}>{(employer) => <span class="muted"> · {employer()}</span>}</Show>
                  </span>
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={t('manager.events.removeLabel', { name: talent.name })}
                    onClick={() => void remove(talent.uuid)}
                  >
                    {t('manager.events.remove')}
                  </button>
                </li>
              )}
            </For>
            <For each={waiting()}>
              {(talentId) => (
                <li data-testid="participant">
                  <strong>{recordedNames.get(talentId) ?? '—'}</strong>
                  <span class="tag tag-unsynced">{t('manager.programs.unsynced')}</span>
                </li>
              )}
            </For>
          </ul>
          <Show when={!shown().length && !waiting().length}>
            <p class="muted">{t('manager.events.noParticipants')}</p>
          </Show>
          <TalentPicker
            id="participant-search"
            action={t('manager.events.add')}
            onPick={(talent) => void record(talent)}
            taken={taken}
          />
        </section>
      </main>
    </div>
  )
}
