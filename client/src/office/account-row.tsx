// One account on 单位与人员: who, role, unit, standing (a sign-in lock first: the person may be waiting on the
// phone), and what the office may do with it. Unlocking lifts every lock at once (unlockAccount, audited).
import { Show } from 'solid-js'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { countyParts, shortDate } from '../format.ts'
import type { AccountFields } from './documents.ts'
import { roleLabel } from './new-account.tsx'

export type Account = ResultOf<typeof AccountFields>
type Lock = NonNullable<Account['loginLock']>

function lockText(lock: Lock): string {
  const parts = []
  if (lock.until)
    parts.push(
      t('office.people.lockedUntil', { time: countyParts(new Date(lock.until)).time, count: lock.lockedAddresses }),
    )
  if (lock.underAttack) parts.push(t('office.people.underAttack'))
  return parts.join('；')
}

function standing(account: Account): string {
  if (!account.active) return t('office.people.inactive')
  if (account.mustChangePassword) return t('office.people.mustChange')
  if (account.lastLoginAt) return t('office.people.lastLogin', { time: shortDate(account.lastLoginAt) })
  return t('office.people.neverLoggedIn')
}

export function AccountRow(props: {
  account: Account
  onEdit: () => void
  onReset: () => void
  onDeactivate: () => void
  onRestore: () => void
  onUnlock: () => void
}) {
  return (
    <tr classList={{ inactive: !props.account.active }} data-testid="account-row">
      <td>
        <strong>{props.account.name}</strong>
        <span class="muted">{props.account.login}</span>
      </td>
      <td>{roleLabel(props.account.role)}</td>
      <td>{props.account.unit.name}</td>
      <td class="muted">
        <Show when={props.account.loginLock}>
          {(lock) => (
            <strong class="office-locked" data-testid="account-locked">
              {lockText(lock())}
            </strong>
          )}
        </Show>
        {standing(props.account)}
      </td>
      <td class="office-actions">
        <Show when={props.account.loginLock}>
          <button type="button" onClick={() => props.onUnlock()}>
            {t('office.people.unlock')}
          </button>
        </Show>
        <Show
          when={props.account.active}
          fallback={
            <button type="button" onClick={() => props.onRestore()}>
              {t('office.people.restore')}
            </button>
          }
        >
          <button type="button" onClick={() => props.onEdit()}>
            {t('office.edit.action')}
          </button>
          <button type="button" onClick={() => props.onReset()}>
            {t('office.people.reset')}
          </button>
          <button type="button" class="danger" onClick={() => props.onDeactivate()}>
            {t('office.people.deactivate')}
          </button>
        </Show>
      </td>
    </tr>
  )
}
