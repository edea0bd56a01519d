// On a project's screen, under the talent: the class (the office certifies it), birth year, sector and team,
// which the assessment and statistics count; whoever may edit the talent changes the last three, the office
// the class too. A talent who withdrew consent is marked so here, and its contact data shows masked.
import { createMemo, createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { uuidv7 } from 'uuidv7'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import type { MessageKey } from '../i18n/index.ts'
import { createRead } from '../urql/read.ts'
import { readFragment } from '../graphql.ts'
import { sendOnline } from '../urql/send-online.ts'
import { Field } from '../components/field.tsx'
import { FormError } from '../components/form-error.tsx'
import { ConsentWithdrawal } from './talent-consent.tsx'
import {
  detailsInput,
  sectors,
  talentClasses,
  TalentDetailsFragment,
  TalentDetailsQuery,
  talentTeams,
  UpdateTalentDetailsMutation,
  type DetailsForm,
} from './talent-details-data.ts'

const editors = new Set(['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'])

export function TalentDetails(props: { talentNodeId: string }) {
  const read = createRead(TalentDetailsQuery, { variables: () => ({ id: props.talentNodeId }) })
  const talent = createMemo(() => {
    const node = read.data()?.node
    return node?.__typename === 'Talent' ? readFragment(TalentDetailsFragment, node) : null
  })
  const [editing, setEditing] = createSignal(false)
  const [form, setForm] = createStore<DetailsForm>({ talentClass: 'NONE', birthYear: '', sector: '', talentTeam: '' })
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const isOffice = () => user()?.role === 'ADMIN'
  const label = (key: string) => t(key as MessageKey)

  function edit() {
    const current = talent()
    if (!current) return
    setForm({
      talentClass: current.talentClass,
      birthYear: current.birthYear ? String(current.birthYear) : '',
      sector: current.sector ?? '',
      talentTeam: current.talentTeam ?? '',
    })
    setError(undefined)
    setEditing(true)
  }

  async function save(event: SubmitEvent) {
    event.preventDefault()
    const current = talent()
    if (!current || busy()) return
    setBusy(true)
    const input = { clientMutationId: uuidv7(), id: current.uuid, version: current.version }
    const sent = await sendOnline(
      UpdateTalentDetailsMutation,
      { input: { ...input, ...detailsInput(form, isOffice()) } },
      t('staff.details.offline'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setEditing(false)
  }

  return (
    <Show when={talent()}>
      {(current) => (
        <section class="panel" aria-labelledby="details-heading" data-testid="talent-details">
          <h2 id="details-heading" class="panel-title">
            {t('staff.details.heading')}
          </h2>
          <Show when={current().consentWithdrawnAt}>
            <p class="notice" data-testid="consent-withdrawn">
              {t('staff.details.withdrawn')}
            </p>
          </Show>
          <Show
            when={editing()}
            fallback={
              <>
                <dl class="facts">
                  <div>
                    <dt>{t('staff.details.class')}</dt>
                    <dd data-testid="talent-class">{label(`staff.details.class.${current().talentClass}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('staff.details.birthYear')}</dt>
                    <dd>{current().birthYear ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('staff.details.sector')}</dt>
                    <dd>{current().sector ? label(`staff.details.sector.${current().sector}`) : '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('staff.details.team')}</dt>
                    <dd>{current().talentTeam ? label(`staff.details.team.${current().talentTeam}`) : '—'}</dd>
                  </div>
                </dl>
                <Show when={editors.has(user()?.role ?? '')}>
                  <button type="button" class="button button-block" onClick={edit} data-testid="edit-details">
                    {t('staff.details.edit')}
                  </button>
                </Show>
              </>
            }
          >
            <form onSubmit={(event) => void save(event)} novalidate>
              <Show when={isOffice()}>
                <Field label={t('staff.details.class')} for="details-class" hint={t('staff.details.classHint')}>
                  <select
                    id="details-class"
                    value={form.talentClass}
                    onChange={(e) => setForm('talentClass', e.currentTarget.value as DetailsForm['talentClass'])}
                  >
                    <For each={talentClasses}>
                      {(value) => <option value={value}>{label(`staff.details.class.${value}`)}</option>}
                    </For>
                  </select>
                </Field>
              </Show>
              <Field label={t('staff.details.birthYear')} for="details-birthYear">
                <input
                  id="details-birthYear"
                  inputmode="numeric"
                  value={form.birthYear}
                  onInput={(e) => setForm('birthYear', e.currentTarget.value)}
                />
              </Field>
              <Field label={t('staff.details.sector')} for="details-sector">
                <select
                  id="details-sector"
                  value={form.sector}
                  onChange={(e) => setForm('sector', e.currentTarget.value as DetailsForm['sector'])}
                >
                  <option value="">—</option>
                  <For each={sectors}>
                    {(value) => <option value={value}>{label(`staff.details.sector.${value}`)}</option>}
                  </For>
                </select>
              </Field>
              <Field label={t('staff.details.team')} for="details-team">
                <select
                  id="details-team"
                  value={form.talentTeam}
                  onChange={(e) => setForm('talentTeam', e.currentTarget.value as DetailsForm['talentTeam'])}
                >
                  <option value="">—</option>
                  <For each={talentTeams}>
                    {(value) => <option value={value}>{label(`staff.details.team.${value}`)}</option>}
                  </For>
                </select>
              </Field>
              <FormError message={error()} />
              <div class="row">
                <button type="button" class="button" onClick={() => setEditing(false)}>
                  {t('common.cancel')}
                </button>
                <button
                  type="submit"
                  class="button button-primary button-grow"
                  disabled={busy()}
                  data-testid="save-details"
                >
                  {t('staff.details.save')}
                </button>
              </div>
            </form>
          </Show>
          <Show when={!current().consentWithdrawnAt && editors.has(user()?.role ?? '')}>
            <ConsentWithdrawal talentId={current().uuid} />
          </Show>
        </section>
      )}
    </Show>
  )
}
