// The two forms below the programs table: a new program, and a new round of one (a year and a name).
import { createSignal, For } from 'solid-js'
import { createStore } from 'solid-js/store'
import { uuidv7 } from 'uuidv7'
import type { ResultOf } from '../../graphql.ts'
import { t } from '../../i18n/index.ts'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { OfficeCreateProgram, OfficeCreateRound, type OfficePrograms } from './documents.ts'

type Program = ResultOf<typeof OfficePrograms>['programs'][number]
export type Level = Program['level']
export const levels: Level[] = ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT']
export const levelLabel = (level: Level) => t(`office.programs.level.${level}`)

export function NewProgramForm(props: { onSaved: () => void }) {
  const [form, setForm] = createStore({ code: '', name: '', level: 'PROVINCE' as Level, isNationalMajor: false })
  const [problem, setProblem] = createSignal<string>()
  async function save(event: SubmitEvent) {
    event.preventDefault()
    const sent = await sendOnline(
      OfficeCreateProgram,
      { input: { clientMutationId: uuidv7(), id: uuidv7(), ...form } },
      t('office.programs.online'),
    )
    if (!sent.ok) return setProblem(sent.message)
    setProblem(undefined)
    setForm({ code: '', name: '', isNationalMajor: false })
    props.onSaved()
  }
  return (
    <form class="office-new programs-form" onSubmit={(event) => void save(event)} novalidate>
      <h2>{t('office.programs.new')}</h2>
      <Field label={t('office.programs.name')} for="program-name" required>
        <input id="program-name" value={form.name} onInput={(event) => setForm('name', event.currentTarget.value)} />
      </Field>
      <Field label={t('office.programs.code')} for="program-code" required>
        <input id="program-code" value={form.code} onInput={(event) => setForm('code', event.currentTarget.value)} />
      </Field>
      <Field label={t('office.programs.level')} for="program-level" required>
        <select
          id="program-level"
          value={form.level}
          onChange={(event) => setForm('level', event.currentTarget.value as Level)}
        >
          <For each={levels}>{(level) => <option value={level}>{levelLabel(level)}</option>}</For>
        </select>
      </Field>
      <label>
        <input
          type="checkbox"
          checked={form.isNationalMajor}
          onChange={(event) => setForm('isNationalMajor', event.currentTarget.checked)}
        />{' '}
        {t('office.programs.nationalMajor')}
      </label>
      <FormError message={problem()} />
      <button type="submit" class="button button-primary" data-testid="create-program">
        {t('office.programs.add')}
      </button>
    </form>
  )
}

export function NewRoundForm(props: { programs: Program[]; year: number; onSaved: () => void }) {
  const [form, setForm] = createStore({ programId: '', year: String(props.year), name: '', closesOn: '' })
  const [problem, setProblem] = createSignal<string>()
  async function save(event: SubmitEvent) {
    event.preventDefault()
    const input = {
      clientMutationId: uuidv7(),
      id: uuidv7(),
      programId: form.programId,
      year: Number(form.year),
      name: form.name,
      closesOn: form.closesOn || null,
    }
    const sent = await sendOnline(OfficeCreateRound, { input }, t('office.programs.online'))
    if (!sent.ok) return setProblem(sent.message)
    setProblem(undefined)
    setForm({ name: '', closesOn: '' })
    props.onSaved()
  }
  return (
    <form
      class="office-new programs-form"
      onSubmit={(event) => void save(event)}
      novalidate
      aria-labelledby="open-round-title"
      data-testid="round-form"
    >
      <h2 id="open-round-title">{t('office.programs.openRound')}</h2>
      <Field label={t('office.programs.roundProgram')} for="round-program" required>
        <select
          id="round-program"
          value={form.programId}
          onChange={(event) => setForm('programId', event.currentTarget.value)}
        >
          <option value="" />
          <For each={props.programs.filter((program) => program.active)}>
            {(program) => <option value={program.uuid}>{program.name}</option>}
          </For>
        </select>
      </Field>
      <Field label={t('office.programs.roundYear')} for="round-year" required>
        <input
          id="round-year"
          type="number"
          inputMode="numeric"
          value={form.year}
          onInput={(event) => setForm('year', event.currentTarget.value)}
        />
      </Field>
      <Field label={t('office.programs.roundName')} for="round-name" required hint={t('office.programs.roundNameHint')}>
        <input id="round-name" value={form.name} onInput={(event) => setForm('name', event.currentTarget.value)} />
      </Field>
      <Field label={t('office.programs.closesOn')} for="round-closes">
        <input
          id="round-closes"
          type="date"
          value={form.closesOn}
          onInput={(event) => setForm('closesOn', event.currentTarget.value)}
        />
      </Field>
      <FormError message={problem()} />
      <button type="submit" class="button button-primary" data-testid="create-round">
        {t('office.programs.open')}
      </button>
    </form>
  )
}
