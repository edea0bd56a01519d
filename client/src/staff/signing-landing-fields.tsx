// The signing and landing forms a stage move asks for, inside the stage screen's own form.
import { For } from 'solid-js'
import type { SetStoreFunction } from 'solid-js/store'
import { t, type MessageKey } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { agreementKinds, agreementLabel } from './labels.ts'
import { countyToday } from './dates.ts'
import { problemText } from '../components/form-helpers.ts'
import type { Errors, LandingForm, SigningForm } from './signing-landing-forms.ts'
import type { Problem } from '../components/form-helpers.ts'

function TextField(props: {
  id: string
  label: MessageKey
  value: string
  onInput: (value: string) => void
  error?: Problem
  required?: boolean
  hint?: string
  type?: 'text' | 'date' | 'decimal' | 'number'
}) {
  const inputmode = props.type === 'decimal' ? 'decimal' : props.type === 'number' ? 'numeric' : undefined
  return (
    <Field
      label={t(props.label)}
      for={props.id}
      required={props.required}
      hint={props.hint}
      error={problemText(props.error)}
    >
      <input
        id={props.id}
        name={props.id}
        value={props.value}
        aria-invalid={Boolean(props.error)}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        type={props.type === 'date' ? 'date' : 'text'}
        inputmode={inputmode}
        max={props.type === 'date' ? countyToday() : undefined}
        autocomplete="off"
      />
    </Field>
  )
}

/** The props of one field of `form`, bound to its store and errors. */
function bound<Form extends object>(
  prefix: string,
  form: Form,
  setForm: SetStoreFunction<Form>,
  errors: () => Errors<Form>,
) {
  return <K extends keyof Form & string>(name: K) => ({
    id: `${prefix}-${name}`,
    get value() {
      return String(form[name])
    },
    onInput: (value: string) => (setForm as unknown as (key: K, value: string) => void)(name, value),
    get error() {
      return errors()[name]
    },
  })
}

export function SigningFields(props: {
  form: SigningForm
  setForm: SetStoreFunction<SigningForm>
  errors: () => Errors<SigningForm>
}) {
  const field = bound('signing', props.form, props.setForm, props.errors)
  return (
    <fieldset class="gate" data-testid="signing-form">
      <legend class="gate-title">{t('staff.gate.signingTitle')}</legend>
      <p class="hint">{t('staff.gate.signingHint')}</p>
      <TextField {...field('signedAt')} label="staff.signing.signedAt" type="date" required />
      <Field
        label={t('staff.signing.agreementKind')}
        for="signing-agreementKind"
        required
        error={problemText(props.errors().agreementKind)}
      >
        <select
          id="signing-agreementKind"
          name="agreementKind"
          aria-invalid={Boolean(props.errors().agreementKind)}
          value={props.form.agreementKind}
          onChange={(event) =>
            props.setForm('agreementKind', event.currentTarget.value as SigningForm['agreementKind'])
          }
        >
          <option value="">{t('lead.sourceChannelPlaceholder')}</option>
          <For each={agreementKinds}>{(kind) => <option value={kind}>{agreementLabel(kind)}</option>}</For>
        </select>
      </Field>
      <TextField {...field('investmentAgreed')} label="staff.signing.investmentAgreed" type="decimal" />
      <TextField {...field('supportFunds')} label="staff.signing.supportFunds" type="decimal" />
      <TextField {...field('supportSpaceM2')} label="staff.signing.supportSpaceM2" type="decimal" />
      <TextField {...field('supportApartments')} label="staff.signing.supportApartments" type="number" />
      <TextField {...field('supportOther')} label="staff.signing.supportOther" />
      <TextField {...field('conditions')} label="staff.signing.conditions" />
    </fieldset>
  )
}

export function LandingFields(props: {
  form: LandingForm
  setForm: SetStoreFunction<LandingForm>
  errors: () => Errors<LandingForm>
}) {
  const field = bound('landing', props.form, props.setForm, props.errors)
  return (
    <fieldset class="gate" data-testid="landing-form">
      <legend class="gate-title">{t('staff.gate.landingTitle')}</legend>
      <p class="hint">{t('staff.gate.landingHint')}</p>
      <TextField {...field('companyName')} label="staff.landing.companyName" required />
      <TextField {...field('uscc')} label="staff.landing.uscc" required hint={t('staff.landing.usccHint')} />
      <TextField {...field('registeredAt')} label="staff.landing.registeredAt" type="date" required />
      <TextField {...field('registeredCapital')} label="staff.landing.registeredCapital" type="decimal" />
      <TextField {...field('carrier')} label="staff.landing.carrier" />
      <TextField {...field('employees')} label="staff.landing.employees" type="number" />
    </fieldset>
  )
}
