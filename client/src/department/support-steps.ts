// The steps of a support request as the phone knows them: who may take which step (the server's rule is in
// server/src/schema/support-request-write.ts), in which status (the shared table, @talent/rules), what each
// step's form needs, and the outbox write it becomes.
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
import { nextVersion } from '../manager/pending.ts'

export { supportCategories, supportStatuses, type SupportCategory, type SupportStatus, type SupportStep }

export const stepOperation: Record<SupportStep, string> = {
  assign: 'assignSupportRequest',
  reassign: 'reassignSupportRequest',
  progress: 'recordSupportProgress',
  resolve: 'resolveSupportRequest',
  reject: 'rejectSupportRequest',
  close: 'closeSupportRequest',
  reopen: 'reopenSupportRequest',
  rate: 'rateSupportRequest',
}

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

/**
 * The steps this user may take on a request now. A department acts only on what is with it now; the
 * project's unit assigns, closes and reopens. The server checks again.
 */
export function availableSteps(
  user: Pick<SessionUser, 'role'>,
  status: SupportStatus,
  withMyDepartment: boolean,
): SupportStep[] {
  const mine = user.role === 'DEPARTMENT' && !withMyDepartment ? [] : stepsOf[user.role]
  return order.filter((step) => mine.includes(step) && supportStepAllowed(step, status))
}

export interface StepForm {
  text: string
  departmentId: string
  satisfaction: number | null
}

export type StepErrors = Partial<Record<keyof StepForm, MessageKey>>

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
  const fields: Record<SupportStep, Record<string, unknown>> = {
    assign: { departmentId: form.departmentId, note: text || null },
    reassign: { departmentId: form.departmentId, reason: text },
    progress: { note: text },
    resolve: { resolution: text },
    reject: { reason: text },
    close: { satisfaction: form.satisfaction },
    reopen: { reason: text },
    rate: { satisfaction: form.satisfaction },
  }
  const input = { ...base, ...fields[step] }
  return {
    id: base.clientMutationId,
    operation: stepOperation[step],
    variables: { input },
    ownerId,
    recordIds: [request.uuid],
  }
}

const stepOf = (operation: string) =>
  (Object.keys(stepOperation) as SupportStep[]).find((step) => stepOperation[step] === operation)

export interface PendingStep {
  step: SupportStep
  entry: OutboxEntry
  input: Record<string, unknown>
}

/** The user's queued steps on one request, oldest first. */
export function pendingSteps(entries: readonly OutboxEntry[], requestUuid: string): PendingStep[] {
  return entries.flatMap((entry) => {
    const step = stepOf(entry.operation)
    const input = entry.variables.input as Record<string, unknown> | undefined
    return step && input?.id === requestUuid ? [{ step, entry, input }] : []
  })
}

/** The status the request will have once the queued steps are applied. */
export function statusWithPending(status: SupportStatus, pending: readonly PendingStep[]): SupportStatus {
  return pending.reduce<SupportStatus>((current, { step }) => statusAfter(step) ?? current, status)
}
