// The working-day calendar of one year: the State Council's holidays and 调休 workdays as loaded, and the office's
// corrections. A day is added or removed whole; every deadline counts on it from the next request on.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { FormError } from '../../components/form-error.tsx'
import { LoadFailed } from '../../shell/read-state.tsx'
import { createRead } from '../../urql/read.ts'
import { sendOnline } from '../../urql/send-online.ts'
import { AddDay, CalendarQuery, RemoveDay } from './documents.ts'

export function CalendarEditor(props: { initialYear: number }) {
  const [year, setYear] = createSignal(props.initialYear)
  const [date, setDate] = createSignal('')
  const [working, setWorking] = createSignal(false)
  const [name, setName] = createSignal('')
  const [error, setError] = createSignal<string>()
  const read = createRead(CalendarQuery, { variables: () => ({ year: year() }), requestPolicy: 'network-only' })
  const days = () => read.data()?.workingCalendar ?? []
  const refresh = () => read.refetch({ requestPolicy: 'network-only' })

  async function add(event: SubmitEvent) {
    event.preventDefault()
    setError(undefined)
    const input = { clientMutationId: uuidv7(), date: date(), working: working(), name: name() }
    const sent = await sendOnline(AddDay, { input }, t('office.settings.online'))
    if (!sent.ok) return setError(sent.message)
    setDate('')
    setName('')
    refresh()
  }

  async function remove(day: string) {
    setError(undefined)
    const sent = await sendOnline(
      RemoveDay,
      { input: { clientMutationId: uuidv7(), date: day } },
      t('office.settings.online'),
    )
    if (!sent.ok) return setError(sent.message)
    refresh()
  }

  return (
    <section class="settings-calendar" data-testid="calendar">
      <h2>{t('office.settings.calendar')}</h2>
      <p class="hint">{t('office.settings.calendarHint')}</p>
      <label class="settings-number">
        <span>{t('office.settings.year')}</span>
        <input
          type="number"
          inputmode="numeric"
          value={year()}
          onChange={(event) => setYear(Number(event.currentTarget.value) || props.initialYear)}
        />
      </label>
      <form class="settings-add-day" onSubmit={(event) => void add(event)} novalidate>
        <label>
          <span>{t('office.settings.date')}</span>
          <input type="date" name="date" value={date()} onInput={(event) => setDate(event.currentTarget.value)} />
        </label>
        <label>
          <span>{t('office.settings.kind')}</span>
          <select
            name="working"
            value={working() ? 'work' : 'rest'}
            onChange={(event) => setWorking(event.currentTarget.value === 'work')}
          >
            <option value="rest">{t('office.settings.holiday')}</option>
            <option value="work">{t('office.settings.workday')}</option>
          </select>
        </label>
        <label>
          <span>{t('office.settings.name')}</span>
          <input name="name" value={name()} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('office.settings.add')}</button>
      </form>
      <FormError message={error()} />
      <LoadFailed read={read} say={(message) => message} />
      <Show when={read.data() && days().length === 0}>
        <p class="hint">{t('office.settings.noDays')}</p>
      </Show>
      <Show when={days().length > 0}>
        <table class="office-table settings-days">
          <thead>
            <tr>
              <th scope="col">{t('office.settings.date')}</th>
              <th scope="col">{t('office.settings.kind')}</th>
              <th scope="col">{t('office.settings.name')}</th>
              <th scope="col">{t('office.settings.source')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('office.settings.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={days()}>
              {(day) => (
                <tr data-testid="calendar-day" classList={{ working: day.working }}>
                  <td>{day.date}</td>
                  <td>{day.working ? t('office.settings.workday') : t('office.settings.holiday')}</td>
                  <td>{day.name}</td>
                  <td>{day.source === 'OFFICIAL' ? t('office.settings.official') : t('office.settings.byOffice')}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('office.settings.removeDay', { date: day.date })}
                      onClick={() => void remove(day.date)}
                    >
                      {t('office.settings.remove')}
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  )
}
