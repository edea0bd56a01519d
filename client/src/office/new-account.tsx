// 新建账号: login, name, unit and a role that fits the unit's kind; the answer's one-time password is shown once.
import { createMemo, createSignal, For } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { rolesOfUnitKind } from '@talent/rules/account'
import type { Role, UnitKind } from '@talent/rules/enums'
import { t, type MessageKey } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { FormError } from '../components/form-error.tsx'
import { OfficeCreateUser } from './documents.ts'
import { sendOnline } from '../urql/send-online.ts'

export interface UnitChoice {
  uuid: string
  name: string
  kind: UnitKind
  retiredAt?: string | null
}
export interface Issued {
  name: string
  login: string
  password: string
}

export const roleLabel = (role: Role) => t(`office.role.${role}` as MessageKey)

export function NewAccount(props: { units: UnitChoice[]; onIssued: (issued: Issued) => void }) {
  const [login, setLogin] = createSignal('')
  const [name, setName] = createSignal('')
  const [unitId, setUnitId] = createSignal('')
  const [role, setRole] = createSignal<Role | ''>('')
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const open = () => props.units.filter((unit) => !unit.retiredAt)
  const roles = createMemo(() => {
    const unit = open().find((candidate) => candidate.uuid === unitId())
    return unit ? rolesOfUnitKind[unit.kind] : []
  })

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    const chosenRole = role()
    if (!chosenRole || !unitId()) return setError(t('office.new.role'))
    setBusy(true)
    setError(undefined)
    const sent = await sendOnline(
      OfficeCreateUser,
      {
        input: { clientMutationId: uuidv7(), login: login(), name: name(), role: chosenRole, unitId: unitId() },
      },
      t('office.people.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    const password = sent.data.createUser.oneTimePassword
    if (password) props.onIssued({ name: name(), login: login().trim().toLowerCase(), password })
    setLogin('')
    setName('')
  }

  return (
    <form class="office-new" onSubmit={(event) => void submit(event)} novalidate>
      <h2>{t('office.new.title')}</h2>
      <Field label={t('office.new.login')} for="new-login" hint={t('office.new.loginHint')}>
        <input
          id="new-login"
          autocapitalize="off"
          autocomplete="off"
          value={login()}
          onInput={(event) => setLogin(event.currentTarget.value)}
        />
      </Field>
      <Field label={t('office.new.name')} for="new-name">
        <input
          id="new-name"
          autocomplete="off"
          value={name()}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </Field>
      <Field label={t('office.people.unit')} for="new-unit">
        <select
          id="new-unit"
          value={unitId()}
          onChange={(event) => {
            setUnitId(event.currentTarget.value)
            setRole('')
          }}
        >
          <option value="" />
          <For each={open()}>{(unit) => <option value={unit.uuid}>{unit.name}</option>}</For>
        </select>
      </Field>
      <Field label={t('office.new.role')} for="new-role">
        <select id="new-role" value={role()} onChange={(event) => setRole(event.currentTarget.value as Role)}>
          <option value="" />
          <For each={roles()}>{(choice) => <option value={choice}>{roleLabel(choice)}</option>}</For>
        </select>
      </Field>
      <FormError message={error()} />
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? t('office.new.saving') : t('office.new.submit')}
      </button>
    </form>
  )
}
