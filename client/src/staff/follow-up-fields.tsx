// The follow-up form's fields, as logging a follow-up and correcting one both show them: how, when (never
// later than today), what was said, the next step and the day to follow up next.
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import type { createOutboxForm } from '../components/outbox-form.ts'
import { activityKindLabel, activityKinds } from './labels.ts'
import type { FollowUpErrors, FollowUpForm } from './follow-up-form.ts'
import { ChoiceGroup } from './choice-group.tsx'

type FollowUpFormState = Pick<
  ReturnType<typeof createOutboxForm<FollowUpForm, FollowUpErrors>>,
  'form' | 'setForm' | 'bind' | 'error'
>

export function FollowUpFields(props: { state: FollowUpFormState; today: string; earliestNext?: string }) {
  const { form, setForm, bind, error } = props.state
  return (
    <>
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
        <input {...bind('occurredOn')} type="date" max={props.today} required />
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
        <input {...bind('nextFollowUpOn')} type="date" min={props.earliestNext ?? props.today} />
      </Field>
    </>
  )
}
