import { For } from 'solid-js'
import { FormError } from '../components/form-error.tsx'
import { useNavigate } from '@solidjs/router'
import { useClient } from '@urql/solid'
import { user } from '../session/session.ts'
import { createLeadWrite } from '../lead/lead-write.ts'
import { emptyLead, validateLead } from '../lead/validate.ts'
import { dataSourceLabel, dataSources } from '../labels.ts'
import type { DataSource } from '@talent/rules/enums'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { Field } from '../components/field.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { createLeadCheck } from '../lead/lead-check.ts'
import { LeadCheckNote } from '../lead/lead-check-note.tsx'
import { ProjectTitleFields, rememberChannel, savedChannel, SourceChannelField } from '../lead/project-fields.tsx'

export default function NewLeadRoute() {
  const navigate = useNavigate()
  const { form, setForm, bind, error, saveError, busy, submit } = createOutboxForm({
    fields: emptyLead(savedChannel()),
    idPrefix: 'lead',
    validate: validateLead,
    writes: ({ sourceChannel, ...fields }, me) => {
      if (!sourceChannel) return null
      // The server would refuse it: say so here rather than as a failed write in 同步 later.
      if (check().kind === 'claimed') {
        document.getElementById('lead-check')?.focus()
        return null
      }
      return createLeadWrite({ ...fields, sourceChannel }, me.id)
    },
    onQueued: ({ sourceChannel }) => {
      rememberChannel(sourceChannel)
      navigate('/projects', { replace: true })
    },
  })
  const check = createLeadCheck(
    () => ({ talentName: form.talentName, phone: form.phone, employer: form.employer }),
    () => user()?.unit.name,
    useClient(),
  )

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
        <SourceChannelField
          idPrefix="lead"
          value={form.sourceChannel}
          onChange={(channel) => setForm('sourceChannel', channel)}
          error={error}
        />
        <Field label={t('lead.dataSource')} for="lead-dataSource">
          <select
            id="lead-dataSource"
            name="dataSource"
            value={form.dataSource}
            onChange={(event) => setForm('dataSource', event.currentTarget.value as DataSource)}
          >
            <For each={dataSources}>{(source) => <option value={source}>{dataSourceLabel(source)}</option>}</For>
          </select>
        </Field>
        <label class="check-field">
          <input
            type="checkbox"
            name="consentGiven"
            checked={form.consentGiven}
            onChange={(event) => setForm('consentGiven', event.currentTarget.checked)}
          />
          {t('lead.consent')}
        </label>
        <ProjectTitleFields idPrefix="lead" bind={bind} error={error} />
        <FormError message={saveError()} />
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
