// The records a stage move needs first: the Signing (签约) and the Landing (落地注册), checked on the phone
// as the server will check them: the lengths and amounts by the same limits, the 统一社会信用代码 by the same
// check-character code (@talent/rules).
import type { Problem } from '../components/form-helpers.ts'
import type { AgreementKind } from './labels.ts'
import type { LandingInput, SigningInput } from './project-writes.ts'
import { countyToday } from './dates.ts'
import { amountPattern, landingLimits, signingLimits } from '@talent/rules/limits'
import { normalizeUscc, usccIssue } from '@talent/rules/uscc'

export interface SigningForm {
  signedAt: string
  agreementKind: AgreementKind | ''
  investmentAgreed: string
  supportFunds: string
  supportSpaceM2: string
  supportApartments: string
  supportOther: string
  conditions: string
}

export interface LandingForm {
  companyName: string
  uscc: string
  registeredAt: string
  registeredCapital: string
  carrier: string
  employees: string
}

export type Errors<Form> = Partial<Record<keyof Form, Problem>>

export const emptySigning = (today = countyToday()): SigningForm => ({
  signedAt: today,
  agreementKind: '',
  investmentAgreed: '',
  supportFunds: '',
  supportSpaceM2: '',
  supportApartments: '',
  supportOther: '',
  conditions: '',
})

export const emptyLanding = (today = countyToday()): LandingForm => ({
  companyName: '',
  uscc: '',
  registeredAt: today,
  registeredCapital: '',
  carrier: '',
  employees: '',
})

const countShape = /^\d{1,7}$/

function checkDay(value: string, today: string): Problem | undefined {
  if (!value) return { key: 'staff.gate.error.date' }
  if (value > today) return { key: 'staff.gate.error.future' }
  return undefined
}

function checkOptional<Form>(
  errors: Errors<Form>,
  form: Form,
  amounts: (keyof Form)[],
  counts: (keyof Form)[],
  texts: [keyof Form, number][],
) {
  for (const name of amounts) {
    const value = String(form[name]).trim()
    if (value && !amountPattern.test(value)) errors[name] = { key: 'staff.gate.error.amount' }
  }
  for (const name of counts) {
    const value = String(form[name]).trim()
    if (value && !countShape.test(value)) errors[name] = { key: 'staff.gate.error.count' }
  }
  for (const [name, max] of texts) {
    if (!errors[name] && String(form[name]).trim().length > max)
      errors[name] = { key: 'lead.error.tooLong', values: { max } }
  }
}

export function validateSigning(form: SigningForm, now = new Date()): Errors<SigningForm> {
  const errors: Errors<SigningForm> = {}
  const day = checkDay(form.signedAt, countyToday(now))
  if (day) errors.signedAt = day
  if (!form.agreementKind) errors.agreementKind = { key: 'staff.gate.error.agreementKind' }
  checkOptional(
    errors,
    form,
    ['investmentAgreed', 'supportFunds', 'supportSpaceM2'],
    ['supportApartments'],
    [
      ['supportOther', signingLimits.supportOther],
      ['conditions', signingLimits.conditions],
    ],
  )
  return errors
}

export function validateLanding(form: LandingForm, now = new Date()): Errors<LandingForm> {
  const errors: Errors<LandingForm> = {}
  if (!form.companyName.trim()) errors.companyName = { key: 'staff.gate.error.companyName' }
  if (!form.uscc.trim()) errors.uscc = { key: 'staff.gate.error.usccMissing' }
  else {
    // The server's rule (@talent/rules/uscc), told in the reader's language.
    const issue = usccIssue(form.uscc)
    if (issue?.kind === 'length') errors.uscc = { key: 'staff.gate.error.usccLength', values: { length: issue.length } }
    else if (issue) errors.uscc = { key: `staff.gate.error.uscc.${issue.kind}` }
  }
  const day = checkDay(form.registeredAt, countyToday(now))
  if (day) errors.registeredAt = day
  checkOptional(
    errors,
    form,
    ['registeredCapital'],
    ['employees'],
    [
      ['companyName', landingLimits.companyName],
      ['carrier', landingLimits.carrier],
    ],
  )
  return errors
}

const optional = (value: string) => value.trim() || null
const optionalInt = (value: string) => (value.trim() ? Number(value.trim()) : null)

export function signingFields(form: SigningForm): Omit<SigningInput, 'clientMutationId' | 'id'> {
  return {
    signedAt: form.signedAt,
    agreementKind: form.agreementKind || 'TALENT_INTRODUCTION',
    investmentAgreed: optional(form.investmentAgreed),
    supportFunds: optional(form.supportFunds),
    supportSpaceM2: optional(form.supportSpaceM2),
    supportApartments: optionalInt(form.supportApartments),
    supportOther: optional(form.supportOther),
    conditions: optional(form.conditions),
  }
}

export function landingFields(form: LandingForm): Omit<LandingInput, 'clientMutationId' | 'id'> {
  return {
    companyName: form.companyName.trim(),
    uscc: normalizeUscc(form.uscc),
    registeredAt: form.registeredAt,
    registeredCapital: optional(form.registeredCapital),
    carrier: optional(form.carrier),
    employees: optionalInt(form.employees),
  }
}
