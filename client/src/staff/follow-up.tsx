// Log a follow-up: how, when (today unless said otherwise, never later), what was said, and when to follow
// up next. Saved to the outbox; the project's timeline shows it at once, marked 未同步.
import { Show } from 'solid-js'
import { useNavigate } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed } from '../shell/read-state.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { createProjectQuery } from './project-query.ts'
import { countyToday } from './dates.ts'
import { emptyFollowUp, followUpFields, validateFollowUp } from './follow-up-form.ts'
import { logActivityWrite } from './project-writes.ts'
import { FollowUpFields } from './follow-up-fields.tsx'
import { BackLink } from './back-link.tsx'

export default function FollowUpRoute() {
  const navigate = useNavigate()
  const { read, project, summary, ids } = createProjectQuery()
  const today = countyToday()
  const projectId = () => project()?.uuid ?? ids().uuid
  const state = createOutboxForm({
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
        <form onSubmit={(event) => void state.submit(event)} novalidate>
          <BackLink fallback={`/projects/${projectId() ?? ''}`} />
          <Show when={summary()}>{(current) => <p class="form-subject">{current().title}</p>}</Show>
          <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
          <FollowUpFields state={state} today={today} />
          <Show when={state.saveError()}>
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
              disabled={state.busy() || !projectId()}
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
