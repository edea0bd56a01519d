// 新建申报: a round and a talent (found by the search screen's query, offline too for a talent seen before);
// queued in the outbox with its id made here, so it can be filed at the talent's door without signal. The
// office also picks the unit that files it (a park, a town or itself); everyone else files for their own.
import { For, Show } from 'solid-js'
import { useNavigate } from '@solidjs/router'
import { uuidv7 } from 'uuidv7'
import { createOutboxForm } from '../../components/outbox-form.ts'
import type { FieldProblem } from '../../components/form-helpers.ts'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { outboxWrite } from '../../outbox/write.ts'
import { createRead } from '../../urql/read.ts'
import { t } from '../../i18n/index.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { BackLink } from '../../staff/back-link.tsx'
import { TalentPicker } from './talent-picker.tsx'
import { user } from '../../session/session.ts'
import { FilingUnitsQuery, RoundsQuery } from './queries.ts'
import './programs.css'

// The names of talents and units picked on this page, for the list's rows still waiting in the outbox (which
// carry ids).
const pickedNames = new Map<string, string>()
export const pendingTalentName = (talentId: string) => pickedNames.get(talentId) ?? '—'
export const pendingUnitName = (unitId: string | null | undefined) =>
  (unitId ? pickedNames.get(unitId) : user()?.unit.name) ?? '—'

interface ApplicationForm {
  roundId: string
  talentId: string
  talentName: string
  /** Empty: the user's own unit. */
  unitId: string
  note: string
}
type ApplicationErrors = { roundId?: FieldProblem; talentId?: FieldProblem }

export function validateApplication(form: ApplicationForm): ApplicationErrors {
  const errors: ApplicationErrors = {}
  if (!form.roundId) errors.roundId = 'manager.applications.pickRound'
  if (!form.talentId) errors.talentId = 'manager.applications.pickTalent'
  return errors
}

export default function NewApplicationRoute() {
  const navigate = useNavigate()
  const rounds = createRead(RoundsQuery)
  const isOffice = () => user()?.role === 'ADMIN'
  const units = createRead(FilingUnitsQuery, { pause: () => !isOffice() })
  const otherUnits = () => (units.data()?.units ?? []).filter((unit) => !unit.retiredAt && unit.id !== user()?.unit.id)
  const { form, setForm, bind, error, saveError, busy, submit } = createOutboxForm<ApplicationForm, ApplicationErrors>({
    fields: { roundId: '', talentId: '', talentName: '', unitId: '', note: '' },
    idPrefix: 'application',
    validate: validateApplication,
    writes: (fields, me) => {
      pickedNames.set(fields.talentId, fields.talentName)
      const unit = otherUnits().find((choice) => choice.uuid === fields.unitId)
      if (unit) pickedNames.set(unit.uuid, unit.name)
      const input = {
        clientMutationId: uuidv7(),
        id: uuidv7(),
        roundId: fields.roundId,
        talentId: fields.talentId,
        unitId: unit?.uuid ?? null,
        note: fields.note.trim() || null,
      }
      return outboxWrite('createProgramApplication', input, me.id)
    },
    onQueued: () => navigate('/applications', { replace: true }),
  })

  return (
    <div class="screen">
      <AppHeader title={t('manager.applications.newTitle')} />
      <BackLink fallback="/applications" />
      <form class="content programs-form" onSubmit={(event) => void submit(event)} novalidate>
        <Field label={t('manager.applications.round')} for="application-roundId" required error={error('roundId')}>
          <select
            id="application-roundId"
            aria-invalid={Boolean(error('roundId'))}
            value={form.roundId}
            onChange={(event) => setForm('roundId', event.currentTarget.value)}
          >
            <option value="">{t('manager.applications.pickRound')}</option>
            <For each={rounds.data()?.programRounds ?? []}>
              {(round) => (
                <option value={round.uuid}>
                  {round.program.name} · {round.year} {round.name}
                </option>
              )}
            </For>
          </select>
        </Field>
        <Show when={isOffice()}>
          <Field label={t('manager.applications.filingUnit')} for="application-unitId">
            <select
              id="application-unitId"
              value={form.unitId}
              onChange={(event) => setForm('unitId', event.currentTarget.value)}
            >
              <option value="">{t('manager.applications.ownUnit', { name: user()?.unit.name ?? '' })}</option>
              <For each={otherUnits()}>{(unit) => <option value={unit.uuid}>{unit.name}</option>}</For>
            </select>
          </Field>
        </Show>
        <Show when={form.talentName}>
          <p data-testid="chosen-talent">{t('manager.applications.chosen', { name: form.talentName })}</p>
        </Show>
        <Show when={error('talentId')}>
          {(message) => (
            <p class="form-error" role="alert">
              {message()}
            </p>
          )}
        </Show>
        <TalentPicker
          id="application-talent"
          action={t('manager.applications.choose')}
          onPick={(talent) => {
            setForm('talentId', talent.uuid)
            setForm('talentName', talent.name)
          }}
        />
        <Field label={t('manager.applications.note')} for="application-note">
          <textarea {...bind('note')} rows="2" />
        </Field>
        <FormError message={saveError()} />
        <button type="submit" class="button button-primary" disabled={busy()} data-testid="save-application">
          {t('manager.applications.save')}
        </button>
      </form>
    </div>
  )
}
