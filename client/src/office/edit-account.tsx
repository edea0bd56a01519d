// 修改账号: a person's name, unit and role (the role's choices follow the unit's kind). The server audits the
// change, and the person's next request already runs with the new role.
import { createMemo, createSignal, For } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { rolesOfUnitKind } from '@talent/rules/account'
import type { Role } from '@talent/rules/enums'
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { FormError } from '../components/form-error.tsx'
import { OfficeUpdateUser } from './documents.ts'
import { roleLabel, type UnitChoice } from './new-account.tsx'
import { sendOnline } from '../urql/send-online.ts'

export interface EditedAccount {
  uuid: string
  name: string
  role: Role
  version: number
  unit: { uuid: string }
}

export function EditAccount(props: {
  account: EditedAccount
  units: UnitChoice[]
  onDone: (changed: boolean) => void
}) {
  const [name, setName] = createSignal(props.account.name)
  const [unitId, setUnitId] = createSignal(props.account.unit.uuid)
  const [role, setRole] = createSignal<Role>(props.account.role)
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const roles = createMemo(() => {
    const unit = props.units.find((candidate) => candidate.uuid === unitId())
    return unit ? rolesOfUnitKind[unit.kind] : []
  })

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    const sent = await sendOnline(
      OfficeUpdateUser,
      {
        input: {
          clientMutationId: uuidv7(),
          id: props.account.uuid,
          version: props.account.version,
          name: name(),
          unitId: unitId(),
          role: role(),
        },
      },
      t('office.people.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    props.onDone(true)
  }

  return (
    <form class="office-new" onSubmit={(event) => void submit(event)} novalidate data-testid="edit-account">
      <h2>{t('office.edit.title')}</h2>
      <Field label={t('office.new.name')} for="edit-account-name">
        <input id="edit-account-name" value={name()} onInput={(event) => setName(event.currentTarget.value)} />
      </Field>
      <Field label={t('office.people.unit')} for="edit-account-unit">
        <select id="edit-account-unit" value={unitId()} onChange={(event) => setUnitId(event.currentTarget.value)}>
          <For each={props.units.filter((unit) => !unit.retiredAt || unit.uuid === unitId())}>
            {(unit) => <option value={unit.uuid}>{unit.name}</option>}
          </For>
        </select>
      </Field>
      <Field label={t('office.new.role')} for="edit-account-role">
        <select id="edit-account-role" value={role()} onChange={(event) => setRole(event.currentTarget.value as Role)}>
          <For each={roles()}>{(choice) => <option value={choice}>{roleLabel(choice)}</option>}</For>
        </select>
      </Field>
      <FormError message={error()} />
      <div class="office-actions">
        <button type="submit" class="primary" disabled={busy()}>
          {t('office.edit.save')}
        </button>
        <button type="button" onClick={() => props.onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
