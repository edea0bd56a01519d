// 答复推荐人 on the project screen: while a project's referrer waits to hear back, one tap (and a line of what
// was said) records the answer; it is queued in the outbox, so it works offline, and closes the clock once synced.
import { createMemo, Show } from 'solid-js'
import { readFragment, type FragmentOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { outboxEntries } from '../outbox/index.ts'
import { isWrite } from '../outbox/overlay.ts'
import { createOutboxForm } from '../components/outbox-form.ts'
import { FormError } from '../components/form-error.tsx'
import { Field } from '../components/field.tsx'
import { fullDate } from './dates.ts'
import { ProjectFactsFragment } from './project-fragments.ts'
import { referrerAnswerWrite } from './project-writes.ts'

export function ReferrerAnswer(props: { projectId: string; project: FragmentOf<typeof ProjectFactsFragment> }) {
  const project = () => readFragment(ProjectFactsFragment, props.project)
  const queued = createMemo(() =>
    outboxEntries().some(
      (entry) => isWrite(entry, 'recordReferrerAnswer') && entry.variables.input.id === props.projectId,
    ),
  )
  const { bind, saveError, busy, submit, setForm } = createOutboxForm({
    fields: { note: '' },
    idPrefix: 'referrer',
    writes: (fields, me) => referrerAnswerWrite(props.projectId, { note: fields.note.trim() || null }, me.id),
    onQueued: () => setForm('note', ''),
  })

  return (
    <Show when={project().referrer}>
      {(referrer) => (
        <section class="panel" aria-labelledby="referrer-heading" data-testid="referrer-answer">
          <h2 id="referrer-heading" class="panel-title">
            {t('staff.referrer.heading')}
          </h2>
          <Show
            when={project().referrerAnsweredAt}
            fallback={
              <Show when={!queued()} fallback={<p class="notice">{t('staff.referrer.pending')}</p>}>
                <form onSubmit={(event) => void submit(event)} novalidate>
                  <p>{t('staff.referrer.due', { name: referrer() })}</p>
                  <Field label={t('staff.referrer.note')} for="referrer-note" hint={t('staff.referrer.noteHint')}>
                    <input {...bind('note')} autocomplete="off" />
                  </Field>
                  <FormError message={saveError()} />
                  <button type="submit" class="button" disabled={busy()}>
                    {busy() ? t('staff.referrer.saving') : t('staff.referrer.submit')}
                  </button>
                </form>
              </Show>
            }
          >
            {(answeredAt) => (
              <>
                <p>{t('staff.referrer.answered', { date: fullDate(answeredAt()), name: referrer() })}</p>
                <Show when={project().referrerAnswerNote}>{(note) => <p class="muted">{note()}</p>}</Show>
              </>
            )}
          </Show>
        </section>
      )}
    </Show>
  )
}
