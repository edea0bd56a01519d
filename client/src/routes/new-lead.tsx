import { createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { useNavigate } from '@solidjs/router'
import { useClient } from '@urql/solid'
import { user } from '../session/session.ts'
import { enqueueWrite } from '../outbox/index.ts'
import { createLeadWrite } from '../lead/lead-write.ts'
import { validateLead, type LeadForm, type LeadFormErrors } from '../lead/validate.ts'
import { sourceChannels, sourceLabel } from '../labels.ts'
import type { SourceChannel } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { Field } from '../components/field.tsx'
import { createLeadCheck } from '../lead/lead-check.ts'
import { LeadCheckNote } from '../lead/lead-check-note.tsx'

const lastChannelKey = 'tp.lastSourceChannel'

function savedChannel(): SourceChannel | '' {
  const saved = localStorage.getItem(lastChannelKey)
  return sourceChannels.find((channel) => channel === saved) ?? ''
}

export default function NewLeadRoute() {
  const navigate = useNavigate()
  const [form, setForm] = createStore<LeadForm>({
    talentName: '',
    phone: '',
    employer: '',
    field: '',
    sourceChannel: savedChannel(),
    title: '',
    note: '',
  })
  const [errors, setErrors] = createSignal<LeadFormErrors>({})
  const [saveError, setSaveError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const check = createLeadCheck(
    () => ({ talentName: form.talentName, phone: form.phone, employer: form.employer }),
    () => user()?.unit.name,
    useClient(),
  )
  const error = (name: keyof LeadForm) => {
    const problem = errors()[name]
    return problem ? t(problem.key, problem.values) : undefined
  }
  const bind = (name: keyof LeadForm) => ({
    id: `lead-${name}`,
    name,
    value: form[name],
    'aria-invalid': Boolean(errors()[name]),
    onInput: (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      setForm(name, event.currentTarget.value as never),
  })

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    const found = validateLead(form)
    setErrors(found)
    const owner = user()
    if (Object.keys(found).length || !form.sourceChannel) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    if (!owner) return setSaveError(t('lead.signedOut'))
    // The server would refuse it: say so here rather than as a failed write in 同步 later.
    if (check().kind === 'claimed') return document.getElementById('lead-check')?.focus()
    setBusy(true)
    try {
      await enqueueWrite(createLeadWrite({ ...form, sourceChannel: form.sourceChannel }, owner.id))
      localStorage.setItem(lastChannelKey, form.sourceChannel)
      navigate('/projects', { replace: true })
    } catch (failure) {
      setSaveError(
        t('lead.error.saveFailed', { message: failure instanceof Error ? failure.message : String(failure) }),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="screen">
      <AppHeader title={t('lead.title')} />
      <form class="content lead-form" onSubmit={(event) => void submit(event)} novalidate>
        <Field label={t('lead.talentName')} for="lead-talentName" required error={error('talentName')}>
          <input {...bind('talentName')} autocomplete="off" required />
        </Field>
        <Field label={t('lead.phone')} for="lead-phone" hint={t('lead.phoneHint')} error={error('phone')}>
          <input {...bind('phone')} type="tel" inputmode="tel" autocomplete="off" />
        </Field>
        <Field label={t('lead.employer')} for="lead-employer" error={error('employer')}>
          <input {...bind('employer')} autocomplete="off" />
        </Field>
        <LeadCheckNote check={check()} />
        <Field label={t('lead.field')} for="lead-field" error={error('field')}>
          <input {...bind('field')} autocomplete="off" />
        </Field>
        <Field label={t('lead.sourceChannel')} for="lead-sourceChannel" required error={error('sourceChannel')}>
          <select
            id="lead-sourceChannel"
            name="sourceChannel"
            aria-invalid={Boolean(errors().sourceChannel)}
            value={form.sourceChannel}
            onChange={(event) => setForm('sourceChannel', event.currentTarget.value as SourceChannel)}
          >
            <option value="">{t('lead.sourceChannelPlaceholder')}</option>
            <For each={sourceChannels}>{(channel) => <option value={channel}>{sourceLabel(channel)}</option>}</For>
          </select>
        </Field>
        <Field label={t('lead.projectTitle')} for="lead-title" hint={t('lead.projectTitleHint')} error={error('title')}>
          <input {...bind('title')} autocomplete="off" />
        </Field>
        <Field label={t('lead.note')} for="lead-note" error={error('note')}>
          <textarea {...bind('note')} rows="3" />
        </Field>
        <Show when={saveError()}>
          {(message) => (
            <p class="form-error" role="alert">
              {message()}
            </p>
          )}
        </Show>
        <div class="action-bar action-bar-form">
          <button type="button" class="button" onClick={() => navigate('/projects')}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="button button-primary button-grow" disabled={busy()} data-testid="save-lead">
            {t('lead.submit')}
          </button>
        </div>
      </form>
    </div>
  )
}
