// Edit a project's details. The write names the version the phone saw (plus this user's own waiting
// writes): if someone else changed the project meanwhile, the server answers CONFLICT and /sync lets the
// user choose, field by field.
import { createEffect, createSignal, For, on, Show } from 'solid-js'
import { useNavigate } from '@solidjs/router'
import { outbox, outboxEntries } from '../outbox/index.ts'
import { readFragment, type SourceChannel } from '../graphql.ts'
import { sourceChannels, sourceLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed } from '../shell/read-state.tsx'
import { Field } from '../components/field.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { createProjectQuery } from './project-query.ts'
import { ProjectFactsFragment } from './project-fragments.ts'
import { entriesOfProject, isWrite, nextVersion } from '../outbox/overlay.ts'
import { changedFields, editFormOf, validateEdit, type EditForm } from './edit-form.ts'
import { updateProjectWrite } from './project-writes.ts'
import { BackLink } from './back-link.tsx'

export default function EditProjectRoute() {
  const navigate = useNavigate()
  const { read, project, summary, ids } = createProjectQuery()
  const projectId = () => project()?.uuid ?? ids().uuid ?? ''
  const [initial, setInitial] = createSignal<EditForm>()
  const { form, setForm, bind, error, saveError, busy, submit } = createOutboxForm({
    fields: editFormOf({ title: '', sourceChannel: 'OTHER', tags: [] }),
    idPrefix: 'edit',
    validate: validateEdit,
    writes: async (edited, me) => {
      const server = summary()
      const before = initial()
      if (!server || !before) return t('common.signedOut')
      const changes = changedFields(before, edited)
      if (!Object.keys(changes).length) return t('staff.edit.unchanged')
      // Read from the store itself, not the screen's view of it, which refreshes a moment after each write.
      const version = nextVersion(server.uuid, server.version, await outbox.entries(me.id))
      return updateProjectWrite(server.uuid, { ...changes, version }, me.id)
    },
    onQueued: () => navigate(`/projects/${projectId()}`, { replace: true }),
  })

  // The form starts from the project as it will be once this user's waiting edits are applied; a later
  // refresh of the cache must not overwrite what the user is typing.
  createEffect(
    on(project, (current) => {
      if (!current || initial()) return
      const facts = readFragment(ProjectFactsFragment, current)
      const waiting = entriesOfProject(outboxEntries(), current.uuid).filter((entry) => isWrite(entry, 'updateProject'))
      // An edit names only the fields it changes; the form's required ones are never cleared by one.
      let edited: Parameters<typeof editFormOf>[0] = { ...facts, title: summary()!.title }
      for (const { variables } of waiting) {
        const { title, sourceChannel, tags, ...fields } = variables.input
        edited = {
          ...edited,
          ...fields,
          title: title ?? edited.title,
          sourceChannel: sourceChannel ?? edited.sourceChannel,
          tags: tags ?? edited.tags,
        }
      }
      const start = editFormOf(edited)
      setInitial(start)
      setForm(start)
    }),
  )

  return (
    <div class="screen">
      <AppHeader title={t('staff.edit.title')} />
      <main class="content staff-form">
        <form onSubmit={(event) => void submit(event)} novalidate>
          <BackLink fallback={`/projects/${projectId()}`} />
          <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
          <Show when={initial()}>
            <Field label={t('staff.edit.projectTitle')} for="edit-title" required error={error('title')}>
              <input {...bind('title')} autocomplete="off" required />
            </Field>
            <Field label={t('staff.project.industry')} for="edit-industry" error={error('industry')}>
              <input {...bind('industry')} autocomplete="off" />
            </Field>
            <Field label={t('staff.project.source')} for="edit-sourceChannel">
              <select
                id="edit-sourceChannel"
                name="sourceChannel"
                value={form.sourceChannel}
                onChange={(event) => setForm('sourceChannel', event.currentTarget.value as SourceChannel)}
              >
                <For each={sourceChannels}>{(channel) => <option value={channel}>{sourceLabel(channel)}</option>}</For>
              </select>
            </Field>
            <Field label={t('staff.project.referrer')} for="edit-referrer" error={error('referrer')}>
              <input {...bind('referrer')} autocomplete="off" />
            </Field>
            <Field
              label={t('staff.edit.plannedInvestment')}
              for="edit-plannedInvestment"
              error={error('plannedInvestment')}
            >
              <input {...bind('plannedInvestment')} inputmode="decimal" autocomplete="off" />
            </Field>
            <Field
              label={t('staff.edit.registeredCapital')}
              for="edit-registeredCapital"
              error={error('registeredCapital')}
            >
              <input {...bind('registeredCapital')} inputmode="decimal" autocomplete="off" />
            </Field>
            <Field
              label={t('staff.edit.expectedLandingDate')}
              for="edit-expectedLandingDate"
              error={error('expectedLandingDate')}
            >
              <input {...bind('expectedLandingDate')} type="date" />
            </Field>
            <Field label={t('staff.project.description')} for="edit-description" error={error('description')}>
              <textarea {...bind('description')} rows="4" />
            </Field>
            <Field
              label={t('staff.project.tags')}
              for="edit-tags"
              hint={t('staff.edit.tagsHint')}
              error={error('tags')}
            >
              <input {...bind('tags')} autocomplete="off" />
            </Field>
            <p class="hint">
              {t('staff.edit.basedOn', {
                version: nextVersion(summary()!.uuid, summary()!.version, outboxEntries()),
              })}
            </p>
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
              disabled={busy() || !initial()}
              data-testid="save-project"
            >
              {t('staff.edit.submit')}
            </button>
          </div>
        </form>
      </main>
    </div>
  )
}
