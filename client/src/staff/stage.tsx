// Move a project along the pipeline (server/src/domain/stage.ts): forward one or more stages, back one with
// a reason, pause or drop it with a reason. Passing 签约 asks for the signing, passing 落地注册 for the
// landed company; those records are queued first, then the move, in that order.
import { createMemo, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { useNavigate, useSearchParams } from '@solidjs/router'
import { outbox, outboxEntries } from '../outbox/index.ts'
import { readFragment } from '../graphql.ts'
import { stageLabel, statusLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed } from '../shell/read-state.tsx'
import { Field } from '../components/field.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { createProjectQuery } from './project-query.ts'
import { ProjectFactsFragment } from './project-fragments.ts'
import { nextVersion, pendingState } from '../outbox/overlay.ts'
import { gatesFor, stageChoices } from './stage-machine.ts'
import {
  moveValue,
  movesOf,
  moveWrites,
  needsReason,
  reasonProblem,
  type Move,
  type MoveErrors,
} from './stage-choice.ts'
import {
  emptyLanding,
  emptySigning,
  landingFields,
  signingFields,
  validateLanding,
  validateSigning,
  type LandingForm,
  type SigningForm,
} from './signing-landing-forms.ts'
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
  const move = (): Move | undefined =>
    moves().find((candidate) => moveValue(candidate) === (form.chosen || (search.to ? `stage:${search.to}` : '')))
  const [signing, setSigning] = createStore<SigningForm>(emptySigning())
  const [landing, setLanding] = createStore<LandingForm>(emptyLanding())
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
  const { form, setForm, bind, errors, error, saveError, busy, submit } = createOutboxForm({
    fields: { chosen: '', reason: '' },
    idPrefix: 'stage',
    validate: ({ reason }): MoveErrors => ({
      move: move() ? undefined : { key: 'staff.stage.error.choose' },
      reason: reasonProblem(move(), reason),
      signing: gates().signing ? validateSigning(signing) : {},
      landing: gates().landing ? validateLanding(landing) : {},
    }),
    writes: async ({ reason }, me) => {
      const current = move()
      const server = summary()
      if (!current || !server) return t('common.signedOut')
      // The version is read from the store itself, not the screen's view of it, which lags a write behind.
      const version = nextVersion(server.uuid, server.version, await outbox.entries(me.id))
      const gate = gates()
      return moveWrites(server.uuid, me.id, {
        move: current,
        version,
        reason: reason.trim() || null,
        signing: gate.signing ? signingFields(signing) : null,
        landing: gate.landing ? landingFields(landing) : null,
      })
    },
    onQueued: () => navigate(`/projects/${projectId()}`, { replace: true }),
  })

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
              onChange={(value) => setForm('chosen', value)}
              error={error('move')}
            />
            <Show when={move() && (needsReason(move()) || move()!.kind === 'forward')}>
              <Field
                label={needsReason(move()) ? t('staff.stage.reason') : t('staff.stage.note')}
                for="stage-reason"
                required={needsReason(move())}
                hint={needsReason(move()) ? t('staff.stage.reasonHint') : undefined}
                error={error('reason')}
              >
                <textarea {...bind('reason')} rows="2" />
              </Field>
            </Show>
            <Show when={gates().signing}>
              <SigningFields form={signing} setForm={setSigning} errors={() => errors().signing ?? {}} />
            </Show>
            <Show when={gates().landing}>
              <LandingFields form={landing} setForm={setLanding} errors={() => errors().landing ?? {}} />
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
