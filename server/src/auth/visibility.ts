// Unit scoping, in one place: which rows of each model a user may reach, by any path.
import type { SessionUser } from '../context.ts'
import type { Prisma } from '../generated/prisma/client.ts'

/** Matches no row: the rule for whoever may read none. */
export const nothing = { id: { in: [] as string[] } }

export function projectScope(user: SessionUser | null): Prisma.ProjectWhereInput {
  if (!user) return nothing
  switch (user.role) {
    case 'ADMIN':
    case 'LEADER':
      return {}
    case 'DEPARTMENT':
      return { supportRequests: { some: { departmentId: user.unitId } } }
    default:
      return { unitId: user.unitId }
  }
}

export function talentScope(user: SessionUser | null): Prisma.TalentWhereInput {
  if (!user) return nothing
  if (user.role === 'ADMIN' || user.role === 'LEADER') return {}
  return { OR: [{ ledProjects: { some: projectScope(user) } }, { createdById: user.id }] }
}

export interface TalentContactFacts {
  createdById: string | null
  ledProjects: { unitId: string; ownerId: string | null; followers: { userId: string }[] }[]
}

/** Contact data shows unmasked to whoever entered the talent or may see it on one of the talent's projects. */
export function canSeeTalentContact(user: SessionUser | null, talent: TalentContactFacts): boolean {
  const granting = talent.ledProjects.filter((project) => canSeeContact(user, project)).length
  return canSeeCountedContact(user, { createdById: talent.createdById, _count: { ledProjects: granting } })
}

/**
 * Who may reveal masked contact data, with a reason that goes to the audit log: the people of a unit
 * that follows the talent (its leader, its other staff), never county leaders or departments.
 */
export function canRevealContact(user: SessionUser | null, talent: TalentContactFacts): boolean {
  if (!user || user.role === 'LEADER' || user.role === 'DEPARTMENT') return false
  return canSeeTalentContact(user, talent) || talent.ledProjects.some((project) => project.unitId === user.unitId)
}

/**
 * canSeeContact as a filter on a talent's projects, so that a page of talents asks the database to count
 * them instead of loading them: the projects through which `user` sees the talent's contact data.
 */
export function contactGrantingProjects(user: SessionUser): Prisma.ProjectWhereInput {
  if (user.role === 'ADMIN') return {}
  const through: Prisma.ProjectWhereInput[] = [{ ownerId: user.id }, { followers: { some: { userId: user.id } } }]
  if (user.role === 'PARK_MANAGER') through.push({ unitId: user.unitId })
  return { OR: through }
}

/** canSeeCountedContact as a filter: the talents whose contact data `user` sees unmasked (and may search on). */
export function talentContactVisible(user: SessionUser | null): Prisma.TalentWhereInput {
  if (!user) return nothing
  if (user.role === 'ADMIN') return { consentWithdrawnAt: null }
  return {
    consentWithdrawnAt: null,
    OR: [{ createdById: user.id }, { ledProjects: { some: contactGrantingProjects(user) } }],
  }
}

/**
 * canSeeTalentContact, with the talent's projects counted under contactGrantingProjects(user). A talent who
 * withdrew consent (PIPL) is masked for everyone, the office included: the data may no longer be used.
 */
export function canSeeCountedContact(
  user: SessionUser | null,
  talent: { createdById: string | null; _count: { ledProjects: number }; consentWithdrawnAt?: Date | null },
): boolean {
  if (!user || talent.consentWithdrawnAt) return false
  if (user.role === 'ADMIN' || talent.createdById === user.id) return true
  return talent._count.ledProjects > 0
}

/** Whether a user may see a talent's contact data unmasked for a project they can reach. */
export function canSeeContact(
  user: SessionUser | null,
  project: { unitId: string; ownerId: string | null; followers: { userId: string }[] },
): boolean {
  if (!user) return false
  if (user.role === 'ADMIN') return true
  if (project.ownerId === user.id) return true
  if (project.followers.some((follower) => follower.userId === user.id)) return true
  return user.role === 'PARK_MANAGER' && project.unitId === user.unitId
}

/** Whoever supervises every request (督办): the talent office and the county's leaders. */
export function supervisesEveryRequest(user: SessionUser | null): boolean {
  return user?.role === 'ADMIN' || user?.role === 'LEADER'
}

/** The hops that escalated a request to `unitId` (督办): an ESCALATED event names the unit as where it went. */
export const escalationTo = (unitId: string) => ({ kind: 'ESCALATED', toUnitId: unitId }) as const

/** The requests escalated to `unitId`. */
export function escalatedToUnit(unitId: string): Prisma.SupportRequestWhereInput {
  return { events: { some: escalationTo(unitId) } }
}

/**
 * Departments see the requests assigned to them now or before (a hand-off stays on their record); units see
 * those of their own projects. Every unit also sees the requests escalated to it (a level of the chain the
 * office sets, `escalation`): a unit must read what it is to supervise. A department's hops already name it.
 */
export function supportRequestScope(user: SessionUser | null): Prisma.SupportRequestWhereInput {
  if (!user) return nothing
  if (supervisesEveryRequest(user)) return {}
  if (user.role === 'DEPARTMENT')
    return { OR: [{ departmentId: user.unitId }, { events: { some: { toUnitId: user.unitId } } }] }
  return { OR: [through('project', projectScope(user)), escalatedToUnit(user.unitId)] }
}

/**
 * SupportRequest.project, for a user who reaches the request. projectScope lets a department reach a project
 * through a request assigned to it, so the request proves that only while it is with the department: one
 * handed on stays on the department's record, its project not. A unit the request escalated to sees which
 * project it supervises (the project's own lists stay under projectScope: no follow-ups, no history); every
 * other reader reaches the request through the project itself.
 */
export function supportRequestShowsProject(
  user: SessionUser | null,
  request: { departmentId: string | null; escalatedToReader: boolean },
) {
  if (!user) return false
  if (user.role !== 'DEPARTMENT') return true
  return request.departmentId === user.unitId || request.escalatedToReader
}

/** 人才工程申报 belong to the unit that files them; departments have no part in them. */
export function programApplicationScope(user: SessionUser | null): Prisma.ProgramApplicationWhereInput {
  if (!user) return nothing
  if (user.role === 'ADMIN' || user.role === 'LEADER') return {}
  if (user.role === 'DEPARTMENT') return nothing
  return { unitId: user.unitId }
}

/**
 * The rows whose required relation `field` leads to a row in `scope`: every row when `scope` is every row,
 * written `{}` so that whoever reads every project reads every activity with no filter at all.
 */
export function through<Field extends string, Scope extends object>(field: Field, scope: Scope) {
  return Object.keys(scope).length === 0 ? {} : ({ [field]: scope } as { [K in Field]: Scope })
}

export function activityScope(user: SessionUser | null): Prisma.ActivityWhereInput {
  if (!user) return nothing
  return through('project', projectScope(user))
}

/** Who may change a project: its owner and followers, the unit's manager and head, and the talent office. */
export function canWriteProject(
  user: SessionUser | null,
  project: { unitId: string; ownerId: string | null; followers: { userId: string }[] },
): boolean {
  if (!user) return false
  if (user.role === 'ADMIN') return true
  if (project.unitId !== user.unitId) return false
  if (user.role === 'PARK_MANAGER' || user.role === 'UNIT_LEADER') return true
  return (
    user.role === 'STAFF' &&
    (project.ownerId === user.id || project.followers.some((follower) => follower.userId === user.id))
  )
}

/**
 * The project a unit's record names (a program application), for a user who already reaches that record:
 * shown only where projectScope would show it, decided from the project's unit without another query.
 */
export function canSeeLinkedProject(user: SessionUser | null, project: { unitId: string }): boolean {
  if (!user) return false
  if (user.role === 'ADMIN' || user.role === 'LEADER') return true
  return user.role !== 'DEPARTMENT' && project.unitId === user.unitId
}
