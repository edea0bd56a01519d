// Move a project along the pipeline (server/src/domain/stage.ts): forward one or more stages, back one with
// a reason, pause or drop it with a reason. Passing 签约 asks for the signing, passing 落地注册 for the
// landed company; those records are queued first, then the move, in that order.
import { createMemo, createSignal, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { useNavigate, useSearchParams } from '@solidjs/router'
import { user } from '../session/session.ts'
import { enqueueWrite, outbox, outboxEntries } from '../outbox/index.ts'
import { readFragment } from '../graphql.ts'
import { stageLabel, statusLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed } from '../shell/read-state.tsx'
import { Field } from '../components/field.tsx'
import { createProjectQuery } from './project-query.ts'
import { ProjectFactsFragment } from './project-fragments.ts'
import { nextVersion, pendingState } from '../outbox/overlay.ts'
import { gatesFor, stageChoices } from './stage-machine.ts'
import { moveValue, movesOf, moveWrites, needsReason, type Move } from './stage-choice.ts'
import {
  emptyLanding,
  emptySigning,
  landingFields,
  signingFields,
  validateLanding,
  validateSigning,
  type Errors,
  type LandingForm,
  type SigningForm,
} from './signing-landing-forms.ts'
import { focusFirstInvalid, saveFailedMessage } from './form-helpers.ts'
import { ChoiceGroup } from './choice-group.tsx'
import { LandingFields, SigningFields } from './signing-landing-fields.tsx'
import { BackLink } from './back-link.tsx'

export default function StageRoute() {
  const navigate = useNavigate()
  const [search] = useSearchParams<{ to?: string }>()
  const { read, project, summary, ids } = createProjectQuery()
  const projectId = () => project()?.uuid ?? ids().uuid ?? ''
  // Where the project will stand once this user's waiting writes are applied: the next move starts there.
  const state = createMemo(() => {
    const current = project()
    if (!current) return null
    const facts = readFragment(ProjectFactsFragment, current)
    const server = summary()!
    return pendingState(
      {
        stage: server.stage,
        status: server.status,
        hasSigning: Boolean(facts.signing),
        hasLanding: Boolean(facts.landing),
      },
      outboxEntries(),
      server.uuid,
    )
  })
  const moves = createMemo(() => (state() ? movesOf(stageChoices(state()!.stage, state()!.status)) : []))
  const [chosen, setChosen] = createSignal<string>('')
  const move = () =>
    moves().find((candidate) => moveValue(candidate) === (chosen() || (search.to ? `stage:${search.to}` : '')))
  const [reason, setReason] = createSignal('')
  const [signing, setSigning] = createStore<SigningForm>(emptySigning())
  const [landing, setLanding] = createStore<LandingForm>(emptyLanding())
  const [errors, setErrors] = createSignal<{
    move?: string
    reason?: string
    signing: Errors<SigningForm>
    landing: Errors<LandingForm>
  }>({ signing: {}, landing: {} })
  const [saveError, setSaveError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const gates = () => {
    const current = move()
    const now = state()
    return current && current.kind === 'forward' && now
      ? gatesFor(now.stage, current.stage, now)
      : { signing: false, landing: false }
  }

  const label = (candidate: Move) => {
    if (candidate.kind === 'status') return t(`staff.stage.status.${candidate.status}`)
    if (candidate.kind === 'back') return t('staff.stage.backTo', { stage: stageLabel(candidate.stage) })
    return stageLabel(candidate.stage)
  }
  const hint = (candidate: Move) => {
    if (candidate.kind !== 'forward' || !state()) return undefined
    const needs = gatesFor(state()!.stage, candidate.stage, state()!)
    if (needs.landing) return t('staff.stage.needsLanding')
    return needs.signing ? t('staff.stage.needsSigning') : undefined
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    const current = move()
    const owner = user()
    const server = summary()
    const found = {
      move: current ? undefined : t('staff.stage.error.choose'),
      reason:
        needsReason(current) && !reason().trim()
          ? t('staff.stage.error.reason')
          : reason().trim().length > 500
            ? t('lead.error.tooLong', { max: 500 })
            : undefined,
      signing: gates().signing ? validateSigning(signing) : {},
      landing: gates().landing ? validateLanding(landing) : {},
    }
    setErrors(found)
    if (found.move || found.reason || Object.keys(found.signing).length || Object.keys(found.landing).length)
      return queueMicrotask(focusFirstInvalid)
    if (!current || !server || !owner) return setSaveError(t('lead.signedOut'))
    setBusy(true)
    try {
      // The version is read from the store itself, not the screen's view of it, which lags a write behind.
      const version = nextVersion(server.uuid, server.version, await outbox.entries(owner.id))
      const gate = gates()
      const writes = moveWrites(server.uuid, owner.id, {
        move: current,
        version,
        reason: reason().trim() || null,
        signing: gate.signing ? signingFields(signing) : null,
        landing: gate.landing ? landingFields(landing) : null,
      })
      // One at a time: the outbox keeps the order they were stored in, and the move must follow its gates.
      for (const write of writes) await enqueueWrite(write)
      navigate(`/projects/${server.uuid}`, { replace: true })
    } catch (failure) {
      setSaveError(saveFailedMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="screen">
      <AppHeader title={t('staff.stage.title')} />
      <main class="content staff-form">
        <form onSubmit={(event) => void submit(event)} novalidate>
          <BackLink fallback={`/projects/${projectId()}`} />
          <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
          <Show when={summary() && state()}>
            <p class="form-subject">{summary()!.title}</p>
            <p class="muted" data-testid="stage-now">
              {t('staff.stage.now', { stage: stageLabel(state()!.stage), status: statusLabel(state()!.status) })}
            </p>
            <Show when={state()!.status !== 'ACTIVE'}>
              <p class="notice">{t('staff.stage.paused')}</p>
            </Show>
            <ChoiceGroup
              legend={t('staff.stage.choose')}
              name="move"
              required
              columns={2}
              choices={moves().map((candidate) => ({
                value: moveValue(candidate),
                label: label(candidate),
                hint: hint(candidate),
              }))}
              value={move() ? moveValue(move()!) : ''}
              onChange={(value) => setChosen(value)}
              error={errors().move}
            />
            <Show when={move() && (needsReason(move()) || move()!.kind === 'forward')}>
              <Field
                label={needsReason(move()) ? t('staff.stage.reason') : t('staff.stage.note')}
                for="stage-reason"
                required={needsReason(move())}
                hint={needsReason(move()) ? t('staff.stage.reasonHint') : undefined}
                error={errors().reason}
              >
                <textarea
                  id="stage-reason"
                  name="reason"
                  rows="2"
                  aria-invalid={Boolean(errors().reason)}
                  value={reason()}
                  onInput={(event) => setReason(event.currentTarget.value)}
                />
              </Field>
            </Show>
            <Show when={gates().signing}>
              <SigningFields form={signing} setForm={setSigning} errors={() => errors().signing} />
            </Show>
            <Show when={gates().landing}>
              <LandingFields form={landing} setForm={setLanding} errors={() => errors().landing} />
            </Show>
          </Show>
          <Show when={saveError()}>
            {(message) => (
              <p class="form-error" role="alert">
                {message()}
              </p>
            )}
          </Show>
          <div class="action-bar action-bar-form">
            <button type="button" class="button" onClick={() => navigate(`/projects/${projectId()}`)}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              class="button button-primary button-grow"
              disabled={busy() || !summary()}
              data-testid="save-stage"
            >
              {t('staff.stage.submit')}
            </button>
          </div>
        </form>
      </main>
    </div>
  )
}
