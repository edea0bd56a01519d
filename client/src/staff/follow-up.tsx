// Log a follow-up: how, when (today unless said otherwise, never later), what was said, and when to follow
// up next. Saved to the outbox; the project's timeline shows it at once, marked 未同步.
import { Show } from 'solid-js'
import { useNavigate } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed } from '../shell/read-state.tsx'
import { Field } from '../components/field.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { createProjectQuery } from './project-query.ts'
import { activityKindLabel, activityKinds } from './labels.ts'
import { countyToday } from './dates.ts'
import { emptyFollowUp, followUpFields, validateFollowUp } from './follow-up-form.ts'
import { logActivityWrite } from './project-writes.ts'
import { ChoiceGroup } from './choice-group.tsx'
import { BackLink } from './back-link.tsx'

export default function FollowUpRoute() {
  const navigate = useNavigate()
  const { read, project, summary, ids } = createProjectQuery()
  const today = countyToday()
  const projectId = () => project()?.uuid ?? ids().uuid
  const { form, setForm, bind, error, saveError, busy, submit } = createOutboxForm({
    fields: emptyFollowUp(today),
    idPrefix: 'follow-up',
    validate: validateFollowUp,
    writes: (fields, me) => {
      const id = projectId()
      return id ? logActivityWrite(id, followUpFields(fields), me.id) : t('common.signedOut')
    },
    onQueued: () => navigate(`/projects/${projectId()}`, { replace: true }),
  })

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
