// /people: the talent office's accounts — who works where in which role, who never signed in or still holds a
// one-time password, whose sign-in is locked; new accounts, password resets, unlocking and deactivation. Online
// only, and it says so offline.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { readFragment } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { FormError } from '../components/form-error.tsx'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import { createRead } from '../urql/read.ts'
import {
  AccountFields,
  OfficeAccounts,
  OfficeResetPassword,
  OfficeUnlockAccount,
  OfficeUpdateUser,
} from './documents.ts'
import { AccountRow, type Account } from './account-row.tsx'
import { NewAccount, type Issued } from './new-account.tsx'
import { NewUnit } from './new-unit.tsx'
import { EditAccount } from './edit-account.tsx'
import { Units } from './units.tsx'
import { sendOnline } from '../urql/send-online.ts'
import './office.css'

export default function PeopleRoute() {
  const [search, setSearch] = createSignal('')
  const [unitId, setUnitId] = createSignal('')
  const [withInactive, setWithInactive] = createSignal(false)
  const [issued, setIssued] = createSignal<Issued>()
  const [leaving, setLeaving] = createSignal<Account>()
  const [editing, setEditing] = createSignal<Account>()
  const [problem, setProblem] = createSignal<string>()
  const read = createRead(OfficeAccounts, {
    variables: () => ({
      search: search().trim() || null,
      unitId: unitId() || null,
      active: withInactive() ? null : true,
    }),
    requestPolicy: 'cache-and-network',
  })
  const accounts = () => read.data()?.accounts.edges.map((edge) => readFragment(AccountFields, edge.node)) ?? []
  const units = () => read.data()?.units ?? []
  const refresh = () => read.refetch({ requestPolicy: 'network-only' })

  async function reset(account: Account) {
    setProblem(undefined)
    const sent = await sendOnline(
      OfficeResetPassword,
      { input: { clientMutationId: uuidv7(), id: account.uuid } },
      t('office.people.online'),
    )
    if (!sent.ok) return setProblem(sent.message)
    const password = sent.data.resetPassword.oneTimePassword
    if (password) setIssued({ name: account.name, login: account.login, password })
    refresh()
  }

  async function unlock(account: Account) {
    setProblem(undefined)
    const sent = await sendOnline(OfficeUnlockAccount, { userId: account.uuid }, t('office.people.online'))
    if (!sent.ok) return setProblem(sent.message)
    refresh()
  }

  async function setActive(account: Account, active: boolean) {
    setLeaving(undefined)
    setProblem(undefined)
    const sent = await sendOnline(
      OfficeUpdateUser,
      {
        input: { clientMutationId: uuidv7(), id: account.uuid, version: account.version, active },
      },
      t('office.people.online'),
    )
    if (!sent.ok) return setProblem(sent.message)
    refresh()
  }

  return (
    <div class="screen">
      <AppHeader title={t('office.people.title')} />
      <main class="content office" data-testid="people-screen">
        <SavedNote shown={Boolean(read.data())} text={t('office.people.online')} />
        <LoadFailed read={read} say={(message) => message} />
        <div class="office-filters">
          <input
            type="search"
            aria-label={t('office.people.search')}
            placeholder={t('office.people.search')}
            value={search()}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
          <select
            aria-label={t('office.people.unit')}
            value={unitId()}
            onChange={(e) => setUnitId(e.currentTarget.value)}
          >
            <option value="">{t('office.people.allUnits')}</option>
            <For each={units()}>{(unit) => <option value={unit.uuid}>{unit.name}</option>}</For>
          </select>
          <label>
            <input
              type="checkbox"
              checked={withInactive()}
              onChange={(event) => setWithInactive(event.currentTarget.checked)}
            />
            {t('office.people.showInactive')}
          </label>
        </div>
        <FormError message={problem()} />
        <Show when={!read.loading()} fallback={<Splash />}>
          <Show when={accounts().length > 0} fallback={<p class="notice">{t('office.people.none')}</p>}>
            <table class="office-table">
              <tbody>
                <For each={accounts()}>
                  {(account) => (
                    <AccountRow
                      account={account}
                      onEdit={() => setEditing(account)}
                      onReset={() => void reset(account)}
                      onDeactivate={() => setLeaving(account)}
                      onRestore={() => void setActive(account, true)}
                      onUnlock={() => void unlock(account)}
                    />
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </Show>
        <Show when={editing()} keyed>
          {(account) => (
            <EditAccount
              account={account}
              units={units()}
              onDone={(changed) => {
                setEditing(undefined)
                if (changed) refresh()
              }}
            />
          )}
        </Show>
        <NewAccount
          units={units()}
          onIssued={(next) => {
            setIssued(next)
            refresh()
          }}
        />
        <Units units={units()} onChanged={refresh} />
        <NewUnit onCreated={refresh} />
        <Show when={leaving()}>
          {(account) => (
            <ConfirmDialog
              title={t('office.people.deactivate')}
              body={t('office.people.confirmDeactivate', { name: account().name })}
              confirmLabel={t('office.people.deactivate')}
              onCancel={() => setLeaving(undefined)}
              onConfirm={() => void setActive(account(), false)}
            />
          )}
        </Show>
        <Show when={issued()}>
          {(shown) => (
            <section class="office-issued" role="alert" data-testid="issued-password">
              <h2>{t('office.issued.title')}</h2>
              <p>{t('office.issued.body', { name: shown().name, login: shown().login })}</p>
              <p class="office-password">{shown().password}</p>
              <button type="button" onClick={() => setIssued(undefined)}>
                {t('office.issued.close')}
              </button>
            </section>
          )}
        </Show>
      </main>
    </div>
  )
}
