// An event's fields, to create one or edit it: online only, since the office and the organising unit decide
// an event once, at a desk; the participants, recorded in the field, go through the outbox instead.
import { createSignal, For } from 'solid-js'
import { createStore } from 'solid-js/store'
import { uuidv7 } from 'uuidv7'
import type { ResultOf } from '../../graphql.ts'
import { t } from '../../i18n/index.ts'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { CreateServiceEventMutation, UpdateServiceEventMutation, type EventRowFragment } from './queries.ts'

type EventRow = ResultOf<typeof EventRowFragment>
export type EventKind = EventRow['kind']
export const eventKinds: EventKind[] = ['STUDY_TOUR', 'HISTORY_LECTURE', 'COUNTY_TOUR', 'MATCHMAKING', 'SALON', 'OTHER']
export const eventKindLabel = (kind: EventKind) => t(`manager.events.kind.${kind}`)

export function EventForm(props: { event?: EventRow; onSaved: (uuid: string) => void }) {
  const [form, setForm] = createStore({
    kind: props.event?.kind ?? ('STUDY_TOUR' as EventKind),
    title: props.event?.title ?? '',
    heldOn: props.event?.heldOn ?? '',
    place: props.event?.place ?? '',
    description: props.event?.description ?? '',
  })
  const [problem, setProblem] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function save(submitted: SubmitEvent) {
    submitted.preventDefault()
    if (!form.title.trim()) return setProblem(t('manager.events.error.title'))
    if (!form.heldOn) return setProblem(t('manager.events.error.heldOn'))
    setBusy(true)
    const fields = {
      kind: form.kind,
      title: form.title.trim(),
      heldOn: form.heldOn,
      place: form.place.trim() || null,
      description: form.description.trim() || null,
    }
    const event = props.event
    const created = uuidv7()
    const sent = event
      ? await sendOnline(
          UpdateServiceEventMutation,
          { input: { clientMutationId: uuidv7(), id: event.uuid, version: event.version, ...fields } },
          t('manager.events.online'),
        )
      : await sendOnline(
          CreateServiceEventMutation,
          { input: { clientMutationId: uuidv7(), id: created, ...fields } },
          t('manager.events.online'),
        )
    setBusy(false)
    if (!sent.ok) return setProblem(sent.message)
    setProblem(undefined)
    // The answer is the cached row: the lists read it from graphcache; the screen needs only where to go next.
    props.onSaved(event?.uuid ?? created)
  }

  const text = (name: 'title' | 'place' | 'description') => ({
    id: `event-${name}`,
    value: form[name],
    onInput: (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      setForm(name, event.currentTarget.value),
  })

  return (
    <form class="programs-form" onSubmit={(event) => void save(event)} novalidate data-testid="event-form">
      <Field label={t('manager.events.kind')} for="event-kind" required>
        <select
          id="event-kind"
          value={form.kind}
          onChange={(event) => setForm('kind', event.currentTarget.value as EventKind)}
        >
          <For each={eventKinds}>{(kind) => <option value={kind}>{eventKindLabel(kind)}</option>}</For>
        </select>
      </Field>
      <Field label={t('manager.events.name')} for="event-title" required>
        <input {...text('title')} />
      </Field>
      <Field label={t('manager.events.heldOn')} for="event-heldOn" required>
        <input
          id="event-heldOn"
          type="date"
          value={form.heldOn}
          onInput={(event) => setForm('heldOn', event.currentTarget.value)}
        />
      </Field>
      <Field label={t('manager.events.place')} for="event-place">
        <input {...text('place')} />
      </Field>
      <Field label={t('manager.events.description')} for="event-description">
        <textarea {...text('description')} rows="2" />
      </Field>
      <FormError message={problem()} />
      <button type="submit" class="button button-primary" disabled={busy()} data-testid="save-event">
        {t('manager.events.save')}
      </button>
    </form>
  )
}
