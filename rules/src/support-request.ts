// The steps of a 落地服务诉求 and the statuses each may be taken from: the server refuses a step from any
// other status, and the phone offers a step only where the server would take it.
import { supportCategories, supportStatuses, type SupportCategory, type SupportStatus } from './enums.ts'
import { supportStatusLabels } from './labels.ts'

export { supportCategories, supportStatuses, supportStatusLabels, type SupportCategory, type SupportStatus }

/** Still waiting on someone: the only statuses whose clock runs, and so the only ones that can be late. */
export const openSupportStatuses: readonly SupportStatus[] = ['OPEN', 'ASSIGNED', 'IN_PROGRESS']

/** The steps that move a request on; rating it is a step too, but changes no status. */
export type SupportAction = 'assign' | 'reassign' | 'progress' | 'resolve' | 'reject' | 'close' | 'reopen'
export type SupportStep = SupportAction | 'rate'

// Progress may be noted more than once while in hand; reopening sends the request back to its department.
// The talent rates how the request was settled, so only once a department has answered it.
const allowedFrom: Record<SupportStep, readonly SupportStatus[]> = {
  assign: ['OPEN'],
  reassign: ['ASSIGNED', 'IN_PROGRESS'],
  progress: ['ASSIGNED', 'IN_PROGRESS'],
  resolve: ['ASSIGNED', 'IN_PROGRESS'],
  reject: ['ASSIGNED', 'IN_PROGRESS'],
  close: ['RESOLVED'],
  reopen: ['RESOLVED', 'REJECTED'],
  rate: ['RESOLVED', 'CLOSED'],
}

export function supportStepAllowed(step: SupportStep, status: SupportStatus): boolean {
  return allowedFrom[step].includes(status)
}

/** The status each action leaves the request in. */
export const nextStatus: Record<SupportAction, SupportStatus> = {
  assign: 'ASSIGNED',
  reassign: 'ASSIGNED',
  progress: 'IN_PROGRESS',
  resolve: 'RESOLVED',
  reject: 'REJECTED',
  close: 'CLOSED',
  reopen: 'IN_PROGRESS',
}

/** The status a step leaves, or null for rating, which changes none. */
export function statusAfter(step: SupportStep): SupportStatus | null {
  return step === 'rate' ? null : nextStatus[step]
}
