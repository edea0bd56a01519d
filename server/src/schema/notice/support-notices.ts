// Who hears of a support request's steps: the department it goes to (its DEPARTMENT users), and for a
// settled or reopened request the people who asked for it (its creator, the project's owner).
import type { SessionUser } from '../../context.ts'
import type { NoticeKind } from '../../generated/prisma/enums.ts'
import { causeKeys, draftsFor } from '../../domain/notice.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { notify, usersOfUnit } from './notify.ts'

interface StepFacts {
  requestId: string
  /** The request's version after the step: the step's cause key. */
  version: number
  projectTitle: string
  createdById: string
  projectOwnerId: string | null
  /** Where the request is after the step. */
  departmentId: string | null
}

const toDepartment: Partial<Record<string, NoticeKind>> = {
  assign: 'SUPPORT_ASSIGNED',
  create: 'SUPPORT_ASSIGNED',
  reassign: 'SUPPORT_REASSIGNED',
}

export async function noticeSupportStep(tx: Transaction, user: SessionUser, action: string, facts: StepFacts) {
  const department = facts.departmentId
    ? await tx.unit.findUnique({ where: { id: facts.departmentId }, select: { name: true } })
    : null
  const common = {
    causeKey: causeKeys.supportStep(facts.requestId, facts.version),
    params: { project: facts.projectTitle, by: user.name, department: department?.name ?? '' },
    subject: { type: 'SupportRequest' as const, id: facts.requestId },
    actorId: user.id,
  }
  const departmentUsers = facts.departmentId ? await usersOfUnit(tx, facts.departmentId, ['DEPARTMENT']) : []
  const askers = [facts.createdById, ...(facts.projectOwnerId ? [facts.projectOwnerId] : [])]
  const assigned = toDepartment[action]
  if (assigned) return notify(tx, draftsFor(departmentUsers, { ...common, kind: assigned }))
  if (action === 'resolve') return notify(tx, draftsFor(askers, { ...common, kind: 'SUPPORT_RESOLVED' }))
  // The department must take it up again, and whoever asked for it hears that it is open again.
  if (action === 'reopen')
    return notify(tx, draftsFor([...askers, ...departmentUsers], { ...common, kind: 'SUPPORT_REOPENED' }))
  return []
}
