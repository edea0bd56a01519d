// The moves an application's screen offers, as the server's machine allows them (domain/program-application.ts):
// forward may skip coaching, a decision needs a submission, back is one step and needs a reason.
import type { ResultOf } from '../../graphql.ts'
import type { ApplicationRowFragment } from './writes.ts'

export type ApplicationStatus = ResultOf<typeof ApplicationRowFragment>['status']

export const applicationStatuses: ApplicationStatus[] = ['RESERVE', 'COACHING', 'SUBMITTED', 'SELECTED', 'REJECTED']

const forward: Record<ApplicationStatus, ApplicationStatus[]> = {
  RESERVE: ['COACHING', 'SUBMITTED'],
  COACHING: ['SUBMITTED'],
  SUBMITTED: ['SELECTED', 'REJECTED'],
  SELECTED: [],
  REJECTED: [],
}
const back: Record<ApplicationStatus, ApplicationStatus | null> = {
  RESERVE: null,
  COACHING: 'RESERVE',
  SUBMITTED: 'COACHING',
  SELECTED: 'SUBMITTED',
  REJECTED: 'SUBMITTED',
}

export const forwardMoves = (status: ApplicationStatus) => forward[status]
export const backMove = (status: ApplicationStatus) => back[status]
