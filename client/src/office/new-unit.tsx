// 新建单位: a park, town, department or the office itself, with the short code the 台账 and targets sheet use.
import { createSignal, For } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { unitKinds, type UnitKind } from '@talent/rules/enums'
import { t, type MessageKey } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { FormError } from '../components/form-error.tsx'
import { OfficeCreateUnit } from './documents.ts'
import { sendOnline } from '../urql/send-online.ts'

export const unitKindLabel = (kind: UnitKind) => t(`office.kind.${kind}` as MessageKey)

export function NewUnit(props: { onCreated: () => void }) {
  const [name, setName] = createSignal('')
  const [code, setCode] = createSignal('')
  const [kind, setKind] = createSignal<UnitKind>('PARK')
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    const sent = await sendOnline(
      OfficeCreateUnit,
      {
        input: { clientMutationId: uuidv7(), name: name(), code: code(), kind: kind() },
      },
      t('office.people.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setName('')
    setCode('')
    props.onCreated()
  }

  return (
    <form class="office-new" onSubmit={(event) => void submit(event)} novalidate>
      <h2>{t('office.unit.title')}</h2>
      <Field label={t('office.unit.name')} for="unit-name">
        <input
          id="unit-name"
          autocomplete="off"
          value={name()}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </Field>
      <Field label={t('office.unit.code')} for="unit-code" hint={t('office.unit.codeHint')}>
        <input
          id="unit-code"
          autocapitalize="characters"
          autocomplete="off"
          value={code()}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
      </Field>
      <Field label={t('office.unit.kind')} for="unit-kind">
        <select id="unit-kind" value={kind()} onChange={(event) => setKind(event.currentTarget.value as UnitKind)}>
          <For each={unitKinds}>{(choice) => <option value={choice}>{unitKindLabel(choice)}</option>}</For>
        </select>
      </Field>
      <FormError message={error()} />
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? t('office.new.saving') : t('office.unit.submit')}
      </button>
    </form>
  )
}
