// Who may read which rows, for every model of the schema, in one table. The request's Prisma client
// (scoped-client.ts) ANDs a model's rule into every read of that model and into every list of it reached
// through a relation; resolvers add no unit filter of their own. A model missing here fails a test.
//
// A second dimension (the county, when one deployment serves several) belongs in `readScope` below: AND
// its filter for the models that carry a county, once, and every read follows. A rule reads the user and
// nothing else: the request's client is built once per reader and kept (scoped-client.ts).
import type { SessionUser } from '../context.ts'
import type { Prisma } from '../generated/prisma/client.ts'
import {
  activityScope,
  escalatedToUnit,
  nothing,
  programApplicationScope,
  projectScope,
  supportRequestScope,
  talentScope,
  through,
} from './visibility.ts'

type Where = Record<string, unknown>

export type ReadRule =
  /** Rows the user reaches: a filter, ANDed into every read. */
  | { kind: 'scoped'; where: (user: SessionUser | null) => Where }
  /** Every row, to every signed-in user (the API's authScopes keep out the rest). */
  | { kind: 'everyone'; why: string }
  /** No GraphQL type lists these rows; only server code reads them, for its own purposes. Left unfiltered. */
  | { kind: 'serverOnly'; why: string }

const scoped = (where: (user: SessionUser | null) => Where): ReadRule => ({ kind: 'scoped', where })
const everyone = (why: string): ReadRule => ({ kind: 'everyone', why })
const serverOnly = (why: string): ReadRule => ({ kind: 'serverOnly', why })

const countyWide = (user: SessionUser | null) => user?.role === 'ADMIN' || user?.role === 'LEADER'
const ofVisibleProject = (user: SessionUser | null) => through('project', projectScope(user))
const rollup = serverOnly('statistics kept by the database, read by SQL narrowed by statisticsUnit')
const reportReaders = new Set(['ADMIN', 'LEADER', 'UNIT_LEADER', 'PARK_MANAGER'])

/**
 * A notice is its recipient's alone, and only while the recipient still reads what it is about: a project
 * through projectScope, a report by the report rule, a request through supportRequestScope, except that a
 * department keeps a request it handed on in its records but not in its inbox: it must be with the department
 * now, or escalated to it. A notice about nothing (an account lock) needs only the recipient.
 */
function noticeScope(user: SessionUser | null): Where {
  if (!user) return nothing
  return { userId: user.id, ...readableNoticeSubjects(user) }
}

/** What a notice must be about for `user` to read it, whoever received it (noticeScope). */
function readableNoticeSubjects(user: SessionUser): Where {
  const request =
    user.role === 'DEPARTMENT'
      ? { OR: [{ departmentId: user.unitId }, escalatedToUnit(user.unitId)] }
      : supportRequestScope(user)
  const subjects: Where[] = [
    { projectId: null, supportRequestId: null, reportId: null },
    { projectId: { not: null }, project: { is: projectScope(user) } },
    { supportRequestId: { not: null }, supportRequest: { is: request } },
  ]
  if (reportReaders.has(user.role)) subjects.push({ reportId: { not: null } })
  return { OR: subjects }
}

/**
 * noticeScope for many recipients in one filter, for server code that counts every inbox at once (the daily
 * digest): each recipient reads their notices exactly as their own request's client does. Recipients whose
 * rule reads the same subjects (a role in a unit, as the rule stands) share one branch, so the filter grows with
 * the kinds of reader, not with the people.
 */
export function recipientsNoticeScope(users: readonly SessionUser[]): Where {
  const alike = new Map<string, { subjects: Where; ids: string[] }>()
  for (const user of users) {
    const subjects = readableNoticeSubjects(user)
    const key = JSON.stringify(subjects)
    const branch = alike.get(key) ?? { subjects, ids: [] }
    branch.ids.push(user.id)
    alike.set(key, branch)
  }
  if (alike.size === 0) return nothing
  return { OR: [...alike.values()].map(({ subjects, ids }) => ({ userId: { in: ids }, ...subjects })) }
}

export const readRules: { [Model in Prisma.ModelName]: ReadRule } = {
  Unit: everyone('the county’s organisation chart'),
  User: everyone('colleagues’ names and units; UserNode shows a login only to its owner and ADMIN'),
  Session: serverOnly('resolved from the cookie before the request knows its user'),
  LoginAttempt: serverOnly('sign-in throttling, keyed by login and address'),
  LoginLock: serverOnly('shown only to the account’s owner and the office, through User (login-lock.ts)'),
  Talent: scoped(talentScope),
  Project: scoped(projectScope),
  ProjectMember: scoped(ofVisibleProject),
  ProjectFollower: scoped(ofVisibleProject),
  CreditShare: scoped(ofVisibleProject),
  Activity: scoped(activityScope),
  StageChange: scoped(ofVisibleProject),
  Signing: scoped(ofVisibleProject),
  Landing: scoped(ofVisibleProject),
  TalentSpending: scoped((user) => (countyWide(user) ? {} : user ? { unitId: user.unitId } : nothing)),
  SupportRequest: scoped(supportRequestScope),
  SupportRequestEvent: scoped((user) => through('request', supportRequestScope(user))),
  Program: everyone('the catalogue of 人才工程'),
  ProgramRound: everyone('the yearly calls of each program are announced to every unit'),
  ProgramApplication: scoped(programApplicationScope),
  ServiceEvent: everyone('events are announced to every unit'),
  ServiceEventParticipant: everyone(
    'a participation names a talent by id only; the count includes talents one cannot see (参加人数)',
  ),
  AssessmentScheme: everyone('the year’s 考核办法 is published to every unit'),
  Indicator: everyone('published with the scheme'),
  Target: everyone('every unit’s targets are published with the scheme'),
  Report: scoped((user) => (user && reportReaders.has(user.role) ? {} : nothing)),
  ReportReceipt: scoped((user) => (countyWide(user) ? {} : user ? { userId: user.id } : nothing)),
  Setting: everyone('tunable thresholds (clocks, lights) every screen applies'),
  CalendarDay: everyone('the county’s public holidays and 调休 workdays, which every deadline counts with'),
  CalendarYear: serverOnly('which official years were loaded, for the server’s start only'),
  ImportBatch: scoped((user) => (user?.role === 'ADMIN' ? {} : nothing)),
  AuditLog: serverOnly('written by every change; listed only to the office (auditLog, ADMIN by authScopes)'),
  AuditChain: serverOnly('written by the database, read by pnpm db:audit-verify'),
  Notice: scoped(noticeScope),
  ScheduledJob: serverOnly('when each timer last ran, claimed by the processes sharing the database'),
  WebPushKeys: serverOnly(
    'the server’s VAPID key pair: the private half signs pushes; webPushPublicKey shows the public',
  ),
  PushSubscription: serverOnly(
    'a browser’s push endpoint and keys, the owner’s alone: schema/web-push.ts names the user in every statement',
  ),
  AppliedMutation: serverOnly('a replayed write’s first result, keyed by the session’s user'),
  ProjectCredit: rollup,
  CreditDay: rollup,
  CreditMonth: rollup,
  ProjectProgress: rollup,
  StageStep: rollup,
  FunnelCount: rollup,
  StaffDay: rollup,
  NotificationPreference: serverOnly(
    'read by the user ids it is asked for: one’s own on the settings screen, and each recipient’s when a write by ' +
      'someone else queues their notices (a rule scoped to the writer would hide the recipients’ choices)',
  ),
  NoticeDelivery: scoped((user) => (user?.role === 'ADMIN' ? {} : nothing)),
  WebhookEndpoint: serverOnly(
    'the office’s webhook and its signing secret; its API answers only whether a secret is set',
  ),
}

/** The filter for `model` under `user`, or null when every row is readable. */
export function readScope(model: Prisma.ModelName, user: SessionUser | null): Where | null {
  const rule = readRules[model]
  if (rule.kind !== 'scoped') return null
  const where = rule.where(user)
  return Object.keys(where).length === 0 ? null : where
}

/**
 * Models whose every row belongs to one user (the inbox): the rule filters them for everyone, ADMIN included, and
 * every query of them also names its reader (`userId`, schema/notice/), so ADMIN keeps the plain client.
 */
export const recipientOnly: ReadonlySet<Prisma.ModelName> = new Set(['Notice'])

const models = (Object.keys(readRules) as Prisma.ModelName[]).filter((model) => !recipientOnly.has(model))

/** Whether `user` reads every row of every model but their own inbox: no other rule filters for them (ADMIN). */
export function readsEverything(user: SessionUser | null): boolean {
  return models.every((model) => readScope(model, user) === null)
}

/**
 * Relations to one row of a scoped model, which a query cannot filter (Prisma has no `where` on a to-one
 * include): each says why showing it is safe. A to-one relation to a scoped model missing here fails a test.
 * - implied: whoever reads the parent may read the target under the target's own rule;
 * - checked: the field showing it checks the target's rule (named);
 * - grantedByParent: the parent's rule deliberately shows the target (why);
 * - unexposed: no GraphQL field reads it.
 * To-many relations are filtered by the target's rule; `implied` on one only saves the redundant filter.
 */
export const relationRules: Record<string, { kind: 'implied' | 'checked' | 'grantedByParent' | 'unexposed' }> = {
  'Talent.mergedInto': { kind: 'checked' /* TalentNode.mergedInto loads it through the scoped client */ },
  'Project.talent': { kind: 'implied' /* talentScope: leads a project in projectScope */ },
  'Project.lastActivity': { kind: 'implied' /* an activity of the project itself */ },
  'Project.activities': { kind: 'implied' },
  'Project.stageChanges': { kind: 'implied' },
  'Project.members': { kind: 'implied' },
  'Project.followers': { kind: 'implied' },
  'Project.creditShares': { kind: 'implied' },
  'Project.signing': { kind: 'implied' },
  'Project.landing': { kind: 'implied' },
  'ProjectMember.project': { kind: 'implied' },
  'ProjectMember.talent': { kind: 'unexposed' },
  'ProjectFollower.project': { kind: 'implied' },
  'CreditShare.project': { kind: 'implied' },
  'Activity.project': { kind: 'implied' },
  'StageChange.project': { kind: 'implied' },
  'Signing.project': { kind: 'implied' },
  'Landing.project': { kind: 'implied' },
  'TalentSpending.project': { kind: 'unexposed' },
  // supportRequestShowsProject; a unit a request escalated to sees which project (with its talent's name, the
  // contact masked) though projectScope does not list it: a supervisor must know what it supervises.
  'SupportRequest.project': { kind: 'checked' /* supportRequestShowsProject */ },
  'SupportRequest.events': { kind: 'implied' },
  'SupportRequestEvent.request': { kind: 'implied' },
  // The unit that files an application works with its talent: the talent's name shows on the unit's own
  // record even where talentScope would not list the talent (contact data stays masked, projects scoped).
  'ProgramApplication.talent': { kind: 'grantedByParent' },
  'ProgramApplication.project': { kind: 'checked' /* canSeeLinkedProject */ },
  'ReportReceipt.report': { kind: 'implied' /* a receipt is read by the office, leaders and its unit head */ },
  'User.notificationPreference': { kind: 'unexposed' },
  'ServiceEventParticipant.talent': { kind: 'checked' /* ServiceEvent.participants filters by talentScope */ },
  // The inbox links by the subject's id (NoticeNode.subject), never loading the subject through the notice.
  'Notice.project': { kind: 'unexposed' },
  'Notice.supportRequest': { kind: 'unexposed' },
  'Notice.report': { kind: 'unexposed' },
}
