// Correct a follow-up one logged: the form opens filled in (with the user's own corrections still waiting),
// and the correction goes to the outbox with only what changed and the version it was based on. The
// timeline shows it at once, marked 未同步; if the follow-up was changed elsewhere meanwhile, the server
// answers CONFLICT and 同步 lets the user choose, field by field.
import { createEffect, createMemo, createSignal, on, Show } from 'solid-js'
import { useNavigate, useParams } from '@solidjs/router'
import { readFragment } from '../graphql.ts'
import { outbox, outboxEntries } from '../outbox/index.ts'
import { nextVersion, pendingActivityEdits } from '../outbox/overlay.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed } from '../shell/read-state.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { createProjectQuery } from './project-query.ts'
import { TimelineFragment } from './project-fragments.ts'
import { editedActivity } from './timeline-items.ts'
import { countyToday } from './dates.ts'
import {
  changedFollowUp,
  emptyFollowUp,
  followUpFormOf,
  validateFollowUp,
  type FollowUpForm,
} from './follow-up-form.ts'
import { editActivityWrite } from './project-writes.ts'
import { FollowUpFields } from './follow-up-fields.tsx'
import { BackLink } from './back-link.tsx'

export default function EditFollowUpRoute() {
  const navigate = useNavigate()
  const params = useParams<{ activityId: string }>()
  const { read, project, summary, ids } = createProjectQuery()
  const today = countyToday()
  const projectId = () => project()?.uuid ?? ids().uuid ?? ''
  const logged = createMemo(() => {
    const current = project()
    if (!current) return null
    return readFragment(TimelineFragment, current).activities.find((item) => item.uuid === params.activityId) ?? null
  })
  const [initial, setInitial] = createSignal<FollowUpForm>()
  const state = createOutboxForm({
    fields: emptyFollowUp(today),
    idPrefix: 'follow-up',
    validate: (fields) => validateFollowUp(fields, new Date(), initial()),
    writes: async (edited, me) => {
      const activity = logged()
      const before = initial()
      if (!activity || !before) return t('staff.followUp.missing')
      const changes = changedFollowUp(before, edited)
      if (!Object.keys(changes).length) return t('staff.followUp.unchanged')
      // Read from the store itself, not the screen's view of it, which refreshes a moment after each write.
      const version = nextVersion(activity.uuid, activity.version, await outbox.entries(me.id))
      return editActivityWrite(activity.uuid, { ...changes, version }, me.id)
    },
    onQueued: () => navigate(`/projects/${projectId()}`, { replace: true }),
  })

  // The form starts from the follow-up as it will be once this user's waiting corrections are applied; a
  // later refresh of the cache must not overwrite what the user is typing.
  createEffect(
    on(logged, (activity) => {
      if (!activity || initial()) return
      const waiting = pendingActivityEdits(outboxEntries()).get(activity.uuid)
      const start = followUpFormOf(waiting ? editedActivity(activity, waiting.fields) : activity)
      setInitial(start)
      state.setForm(start)
    }),
  )
  const editable = () => logged()?.editable === true
  const earliestNext = () => {
    const kept = initial()?.nextFollowUpOn
    return kept && kept < today ? kept : today
  }

  return (
    <div class="screen">
      <AppHeader title={t('staff.followUp.editTitle')} />
      <main class="content staff-form">
        <form onSubmit={(event) => void state.submit(event)} novalidate>
          <BackLink fallback={`/projects/${projectId()}`} />
          <Show when={summary()}>{(current) => <p class="form-subject">{current().title}</p>}</Show>
          <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
          <Show when={project() && !logged()}>
            <p class="empty">{t('staff.followUp.missing')}</p>
          </Show>
          <Show when={logged() && !editable()}>
            <p class="notice">{t('staff.followUp.notEditable')}</p>
          </Show>
          <Show when={initial() && editable()}>
            <FollowUpFields state={state} today={today} earliestNext={earliestNext()} />
          </Show>
          <Show when={state.saveError()}>
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
              disabled={state.busy() || !initial() || !editable()}
              data-testid="save-follow-up"
            >
              {t('staff.followUp.editSubmit')}
            </button>
          </div>
        </form>
      </main>
    </div>
  )
}
