// /office/assessment: the talent office's 考核方案 for a year — made from last year's or empty, its name and
// bonus rates, its indicators with their weights' total; the targets have a screen of their own. Online only.
import { createSignal, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../../shell/read-state.tsx'
import { FormError } from '../../components/form-error.tsx'
import { createRead } from '../../urql/read.ts'
import { sendOnline } from '../../urql/send-online.ts'
import { OfficeCreateScheme, OfficeScheme } from './documents.ts'
import { schemeOf } from './scheme-data.ts'
import { createYear, YearPicker } from './year.tsx'
import { Rates } from './rates.tsx'
import { Indicators } from './indicators.tsx'
import '../office.css'
import './assessment.css'

export default function SchemeRoute() {
  const { year, setYear } = createYear()
  const read = createRead(OfficeScheme, { variables: () => ({ year: year() }), requestPolicy: 'cache-and-network' })
  const scheme = () => schemeOf(read.data())
  const refresh = () => read.refetch({ requestPolicy: 'network-only' })

  return (
    <div class="screen">
      <AppHeader title={t('office.assessment.title')} />
      <main class="content office office-wide" data-testid="assessment-scheme">
        <div class="office-filters">
          <YearPicker year={year()} onChange={setYear} />
          <Show when={scheme()}>
            <A href={`/office/assessment/targets?year=${year()}`} class="button" data-testid="to-targets">
              {t('office.assessment.toTargets')}
            </A>
          </Show>
        </div>
        <SavedNote shown={Boolean(read.data())} text={t('office.assessment.online')} />
        <LoadFailed read={read} say={(message) => t('office.assessment.loadFailed', { message })} />
        <Show when={!read.loading()} fallback={<Splash />}>
          {/* Not keyed: a save refetches the scheme, and its forms stay (with their 已保存) rather than remount. */}
          <Show when={scheme()} fallback={<NewScheme year={year()} onCreated={refresh} />}>
            {(current) => (
              <>
                <h2>{current().name}</h2>
                <p class="card-meta">{t('office.assessment.issuedNote')}</p>
                <Indicators scheme={current()} onChanged={refresh} />
                {/* A form of its own per scheme: another year's rates start from that year's values. */}
                <Show when={current().uuid} keyed>
                  {(_uuid) => <Rates scheme={current()} onChanged={refresh} />}
                </Show>
              </>
            )}
          </Show>
        </Show>
      </main>
    </div>
  )
}

function NewScheme(props: { year: number; onCreated: () => void }) {
  const [start, setStart] = createSignal<'copy' | 'empty'>('copy')
  const [copyTargets, setCopyTargets] = createSignal(true)
  const [busy, setBusy] = createSignal(false)
  const [error, setError] = createSignal<string>()

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    const empty = start() === 'empty'
    const sent = await sendOnline(
      OfficeCreateScheme,
      {
        input: {
          clientMutationId: uuidv7(),
          id: uuidv7(),
          year: props.year,
          startEmpty: empty,
          copyTargets: !empty && copyTargets(),
        },
      },
      t('office.assessment.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    props.onCreated()
  }

  return (
    <form class="office-new" onSubmit={(event) => void submit(event)} data-testid="new-scheme">
      <p>{t('office.assessment.none', { year: props.year })}</p>
      <fieldset>
        <legend>{t('office.assessment.start')}</legend>
        <For each={['copy', 'empty'] as const}>
          {(choice) => (
            <label class="office-choice">
              <input
                type="radio"
                name="scheme-start"
                value={choice}
                checked={start() === choice}
                onChange={() => setStart(choice)}
              />
              {t(choice === 'copy' ? 'office.assessment.startCopy' : 'office.assessment.startEmpty')}
            </label>
          )}
        </For>
        <label class="office-choice">
          <input
            type="checkbox"
            checked={copyTargets()}
            disabled={start() === 'empty'}
            onChange={(event) => setCopyTargets(event.currentTarget.checked)}
          />
          {t('office.assessment.copyTargets')}
        </label>
      </fieldset>
      <FormError message={error()} />
      <button type="submit" class="button button-primary" disabled={busy()}>
        {busy() ? t('office.assessment.creating') : t('office.assessment.create', { year: props.year })}
      </button>
    </form>
  )
}
