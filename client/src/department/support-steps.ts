// The steps of a support request as the phone knows them: who may take which step (the server's rule is in
// server/src/schema/support-request/support-request-write.ts), in which status (the shared table,
// @talent/rules), what each step's form needs, and the outbox write it becomes.
import {
  statusAfter,
  supportCategories,
  supportStatuses,
  supportStepAllowed,
  type SupportCategory,
  type SupportStatus,
  type SupportStep,
} from '@talent/rules/support-request'
import { uuidv7 } from 'uuidv7'
import type { MessageKey } from '../i18n/index.ts'
import type { NewWrite, OutboxEntry } from '../outbox/types.ts'
import type { SessionUser } from '../session/session.ts'
import { nextVersion, type PendingStep, type StepOperation } from '../outbox/overlay.ts'
import { outboxWrite } from '../outbox/write.ts'

export { supportCategories, supportStatuses, type SupportCategory, type SupportStatus, type SupportStep }

export const stepOperation = {
  assign: 'assignSupportRequest',
  reassign: 'reassignSupportRequest',
  progress: 'recordSupportProgress',
  resolve: 'resolveSupportRequest',
  reject: 'rejectSupportRequest',
  close: 'closeSupportRequest',
  reopen: 'reopenSupportRequest',
  rate: 'rateSupportRequest',
} as const satisfies { readonly [Step in SupportStep]: StepOperation }

const departmentSteps: readonly SupportStep[] = ['progress', 'resolve', 'reject', 'reassign']
const projectSteps: readonly SupportStep[] = ['assign', 'reassign', 'close', 'reopen', 'rate']

const stepsOf: Record<SessionUser['role'], readonly SupportStep[]> = {
  ADMIN: [...projectSteps, ...departmentSteps],
  PARK_MANAGER: projectSteps,
  UNIT_LEADER: projectSteps,
  // Staff may settle their own projects' requests, but handing them around is the manager's call.
  STAFF: ['close', 'reopen', 'rate'],
  DEPARTMENT: departmentSteps,
  LEADER: [],
}

const order: readonly SupportStep[] = ['progress', 'resolve', 'assign', 'reassign', 'reject', 'close', 'rate', 'reopen']

/** Where a request stands for the user: with their department now, and whether its project is their unit's. */
export interface RequestPlace {
  withMyDepartment: boolean
  projectOfMyUnit: boolean
}

/**
 * The steps this user may take on a request now. A department acts only on what is with it now; the
 * project's unit assigns, closes and reopens, and a unit reading another's request only because it escalated
 * there (督办) takes no step. The server checks again.
 */
export function availableSteps(
  user: Pick<SessionUser, 'role'>,
  status: SupportStatus,
  place: RequestPlace,
): SupportStep[] {
  const acts = user.role === 'ADMIN' || (user.role === 'DEPARTMENT' ? place.withMyDepartment : place.projectOfMyUnit)
  const mine = acts ? stepsOf[user.role] : []
  return order.filter((step) => mine.includes(step) && supportStepAllowed(step, status))
}

/** Whether the request's project opens for the user (its link): what projectScope on the server lets them reach. */
export function projectOpens(user: Pick<SessionUser, 'role'>, place: RequestPlace): boolean {
  if (user.role === 'ADMIN' || user.role === 'LEADER') return true
  return user.role === 'DEPARTMENT' ? place.withMyDepartment : place.projectOfMyUnit
}

export interface StepForm {
  text: string
  departmentId: string
  satisfaction: number | null
}

export type StepErrors = Partial<Record<keyof StepForm, MessageKey>>

export const emptyStep = (): StepForm => ({ text: '', departmentId: '', satisfaction: null })

const textRequired: Partial<Record<SupportStep, MessageKey>> = {
  progress: 'department.error.note',
  resolve: 'department.error.resolution',
  reject: 'department.error.rejectReason',
  reassign: 'department.error.reassignReason',
  reopen: 'department.error.reopenReason',
}

/** What is missing before a step can be queued, so that nothing is refused hours later for a blank. */
export function validateStep(step: SupportStep, form: StepForm, currentDepartmentId: string | null): StepErrors {
  const errors: StepErrors = {}
  const required = textRequired[step]
  if (required && !form.text.trim()) errors.text = required
  if (step === 'assign' || step === 'reassign') {
    if (!form.departmentId) errors.departmentId = 'department.error.department'
    else if (step === 'reassign' && form.departmentId === currentDepartmentId)
      errors.departmentId = 'department.error.sameDepartment'
  }
  if (step === 'rate' && !form.satisfaction) errors.satisfaction = 'department.error.satisfaction'
  return errors
}

/** The step as an outbox write, on the version the request will have when the queued writes before it are applied. */
export function supportStepWrite(
  step: SupportStep,
  request: { uuid: string; version: number },
  form: StepForm,
  ownerId: string,
  queued: readonly OutboxEntry[],
): NewWrite {
  const base = {
    clientMutationId: uuidv7(),
    id: request.uuid,
    version: nextVersion(request.uuid, request.version, queued),
  }
  const text = form.text.trim()
  switch (step) {
    case 'assign':
      return outboxWrite(stepOperation[step], { ...base, departmentId: form.departmentId, note: text || null }, ownerId)
    case 'reassign':
      return outboxWrite(stepOperation[step], { ...base, departmentId: form.departmentId, reason: text }, ownerId)
    case 'progress':
      return outboxWrite(stepOperation[step], { ...base, note: text }, ownerId)
    case 'resolve':
      return outboxWrite(stepOperation[step], { ...base, resolution: text }, ownerId)
    case 'reject':
      return outboxWrite(stepOperation[step], { ...base, reason: text }, ownerId)
    case 'close':
      return outboxWrite(stepOperation[step], { ...base, satisfaction: form.satisfaction }, ownerId)
    case 'reopen':
      return outboxWrite(stepOperation[step], { ...base, reason: text }, ownerId)
    case 'rate': {
      // validateStep refuses a rating without a score, so this never throws for a form that passed it.
      if (form.satisfaction === null) throw new Error('A rating needs a satisfaction score')
      return outboxWrite(stepOperation[step], { ...base, satisfaction: form.satisfaction }, ownerId)
    }
  }
}

/** The status the request will have once the queued steps are applied. */
export function statusWithPending(status: SupportStatus, pending: readonly PendingStep[]): SupportStatus {
  return pending.reduce<SupportStatus>((current, { step }) => statusAfter(step) ?? current, status)
}
