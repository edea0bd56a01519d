// Log a follow-up: how, when (today unless said otherwise, never later), what was said, and when to follow
// up next. Saved to the outbox; the project's timeline shows it at once, marked 未同步.
import { createSignal, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { useNavigate } from '@solidjs/router'
import { user } from '../session/session.ts'
import { enqueueWrite } from '../outbox/index.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed } from '../shell/read-state.tsx'
import { Field } from '../components/field.tsx'
import { createProjectQuery } from './project-query.ts'
import { activityKindLabel, activityKinds } from './labels.ts'
import { addDays, countyToday } from './dates.ts'
import { followUpFields, validateFollowUp, type FollowUpErrors, type FollowUpForm } from './follow-up-form.ts'
import { logActivityWrite } from './project-writes.ts'
import { focusFirstInvalid, problemText, saveFailedMessage } from './form-helpers.ts'
import { ChoiceGroup } from './choice-group.tsx'
import { BackLink } from './back-link.tsx'

export default function FollowUpRoute() {
  const navigate = useNavigate()
  const { read, project, summary, ids } = createProjectQuery()
  const today = countyToday()
  const [form, setForm] = createStore<FollowUpForm>({
    kind: '',
    occurredOn: today,
    summary: '',
    nextStep: '',
    nextFollowUpOn: addDays(today, 7),
  })
  const [errors, setErrors] = createSignal<FollowUpErrors>({})
  const [saveError, setSaveError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const projectId = () => project()?.uuid ?? ids().uuid
  const error = (name: keyof FollowUpForm) => problemText(errors()[name])
  const bind = (name: 'occurredOn' | 'summary' | 'nextStep' | 'nextFollowUpOn') => ({
    id: `follow-up-${name}`,
    name,
    value: form[name],
    'aria-invalid': Boolean(errors()[name]),
    onInput: (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      setForm(name, event.currentTarget.value),
  })

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    const found = validateFollowUp(form)
    setErrors(found)
    if (Object.keys(found).length) return queueMicrotask(focusFirstInvalid)
    const owner = user()
    const id = projectId()
    if (!owner || !id) return setSaveError(t('lead.signedOut'))
    setBusy(true)
    try {
      await enqueueWrite(logActivityWrite(id, followUpFields(form), owner.id))
      navigate(`/projects/${id}`, { replace: true })
    } catch (failure) {
      setSaveError(saveFailedMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="screen">
      <AppHeader title={t('staff.followUp.title')} />
      <main class="content staff-form">
        <form onSubmit={(event) => void submit(event)} novalidate>
          <BackLink fallback={`/projects/${projectId() ?? ''}`} />
          <Show when={summary()}>{(current) => <p class="form-subject">{current().title}</p>}</Show>
          <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
          <ChoiceGroup
            legend={t('staff.followUp.kind')}
            name="kind"
            required
            choices={activityKinds.map((kind) => ({ value: kind, label: activityKindLabel(kind) }))}
            value={form.kind}
            onChange={(kind) => setForm('kind', kind)}
            error={error('kind')}
          />
          <Field label={t('staff.followUp.occurredOn')} for="follow-up-occurredOn" required error={error('occurredOn')}>
            <input {...bind('occurredOn')} type="date" max={today} required />
          </Field>
          <Field
            label={t('staff.followUp.summary')}
            for="follow-up-summary"
            required
            hint={t('staff.followUp.summaryHint')}
            error={error('summary')}
          >
            <textarea {...bind('summary')} rows="4" required />
          </Field>
          <Field label={t('staff.followUp.nextStep')} for="follow-up-nextStep" error={error('nextStep')}>
            <input {...bind('nextStep')} autocomplete="off" />
          </Field>
          <Field
            label={t('staff.followUp.nextFollowUpOn')}
            for="follow-up-nextFollowUpOn"
            hint={t('staff.followUp.nextFollowUpHint')}
            error={error('nextFollowUpOn')}
          >
            <input {...bind('nextFollowUpOn')} type="date" min={today} />
          </Field>
          <Show when={saveError()}>
            {(message) => (
              <p class="form-error" role="alert">
                {message()}
              </p>
            )}
          </Show>
          <div class="action-bar action-bar-form">
            <button type="button" class="button" onClick={() => navigate(`/projects/${projectId() ?? ''}`)}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              class="button button-primary button-grow"
              disabled={busy() || !projectId()}
              data-testid="save-follow-up"
            >
              {t('staff.followUp.submit')}
            </button>
          </div>
        </form>
      </main>
    </div>
  )
}
