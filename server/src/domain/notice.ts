// The inbox's rules as plain data: what each cause tells whom (a draft), the key that makes one cause one
// notice, and the words of a notice in the reader's language. The database writes are in schema/notice/.
import type { NoticeKind } from '../generated/prisma/enums.ts'
import type { Locale } from '../locale/locale.ts'

/** What a notice links to: the object's typename (a GraphQL Node) and its database id. */
export type NoticeSubject = { type: 'Project' | 'SupportRequest' | 'Report'; id: string }

/** What a title needs, kept with the notice and rendered when read (names as they were, dates as county days). */
export interface NoticeParams {
  project?: string
  by?: string
  department?: string
  level?: string
  talent?: string
  unit?: string
  report?: string
  /** A county date, yyyy-MM-dd. */
  day?: string
  overdue?: boolean
  /** An ISO moment. */
  until?: string
  /** The daily digest's counts. */
  followUps?: number
  overdueRequests?: number
  unread?: number
}

export interface NoticeDraft {
  userId: string
  kind: NoticeKind
  /** Names the cause: a second draft with the same key for the same user writes nothing. */
  causeKey: string
  params: NoticeParams
  subject: NoticeSubject | null
  /** Whoever caused it: never told of their own act. */
  actorId: string | null
  createdAt?: Date
}

/** The drafts worth writing: no one told of their own act, each user once per cause. */
export function deliverable(drafts: readonly NoticeDraft[]): NoticeDraft[] {
  const seen = new Set<string>()
  return drafts.filter((draft) => {
    const key = `${draft.userId}\u0000${draft.causeKey}`
    if (draft.userId === draft.actorId || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** One draft per recipient, for one cause. */
export function draftsFor(recipients: readonly string[], draft: Omit<NoticeDraft, 'userId'>): NoticeDraft[] {
  return deliverable(recipients.map((userId) => ({ ...draft, userId })))
}

/** The cause keys: a write's new version, a job's day, a row's id, so that a cause is one notice however run. */
export const causeKeys = {
  projectAssigned: (projectId: string, version: number) => `project-owner:${projectId}:v${version}`,
  followerAdded: (projectId: string, since: Date) => `project-follower:${projectId}:${since.getTime()}`,
  supportStep: (requestId: string, version: number) => `support:${requestId}:v${version}`,
  supportEscalated: (requestId: string, level: number) => `support-escalated:${requestId}:l${level}`,
  claimConflict: (talentId: string, byId: string, clientMutationId: string) =>
    `claim:${talentId}:${byId}:${clientMutationId}`,
  reportIssued: (reportId: string) => `report:${reportId}`,
  reportReminder: (reportId: string, round: number) => `report-reminder:${reportId}:${round}`,
  accountLocked: (lockId: string) => `lock:${lockId}`,
  followUpDue: (projectId: string, day: string) => `follow-up:${projectId}:${day}`,
}

/** How long a notice stays in the inbox. */
export const noticeRetentionDays = 180

export function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - noticeRetentionDays * 86_400_000)
}

type Words = (params: NoticeParams) => { title: string; body: string }

const chinese: Record<NoticeKind, Words> = {
  FOLLOW_UP_DUE: (p) => ({
    title: p.overdue ? `跟进已逾期：${p.project}` : `今日待跟进：${p.project}`,
    body: `下次跟进日期 ${p.day}`,
  }),
  PROJECT_ASSIGNED: (p) => ({ title: `你被指定为项目负责人：${p.project}`, body: `由${p.by}指定` }),
  PROJECT_MEMBER_ADDED: (p) => ({ title: `你被加为协助跟进人员：${p.project}`, body: `由${p.by}添加` }),
  SUPPORT_ASSIGNED: (p) => ({ title: `新交办诉求：${p.project}`, body: `${p.by}交办给${p.department}` }),
  SUPPORT_REASSIGNED: (p) => ({ title: `转办到本部门的诉求：${p.project}`, body: `${p.by}转办给${p.department}` }),
  SUPPORT_ESCALATED: (p) => ({ title: `超期诉求升级督办：${p.project}`, body: `已升级至${p.level}督办` }),
  SUPPORT_RESOLVED: (p) => ({ title: `诉求已办结：${p.project}`, body: `${p.department}（${p.by}）已办结` }),
  SUPPORT_REOPENED: (p) => ({ title: `诉求重新办理：${p.project}`, body: `${p.by}要求重新办理` }),
  CLAIM_CONFLICT: (p) => ({
    title: `有人试图重复登记你跟进的人才：${p.talent}`,
    body: `${p.unit}的${p.by}试图登记，已被认领保护拒绝`,
  }),
  REPORT_ISSUED: (p) => ({ title: `报告已印发：${p.report}`, body: '请查看本单位的情况' }),
  REPORT_REMINDER: (p) => ({ title: `报告待查看：${p.report}`, body: '' }),
  ACCOUNT_LOCKED: (p) => ({
    title: '你的账号因多次密码错误被暂时锁定',
    body: `锁定至 ${p.until}；如非本人操作，请联系人才办`,
  }),
  DIGEST: (p) => ({
    title: `今日提醒（${p.day}）`,
    body: `待跟进项目 ${p.followUps ?? 0} 个，逾期诉求 ${p.overdueRequests ?? 0} 件，未读消息 ${p.unread ?? 0} 条`,
  }),
}

const english: Record<NoticeKind, Words> = {
  FOLLOW_UP_DUE: (p) => ({
    title: p.overdue ? `Follow-up overdue: ${p.project}` : `Follow-up due today: ${p.project}`,
    body: `Next follow-up on ${p.day}`,
  }),
  PROJECT_ASSIGNED: (p) => ({ title: `You now own the project: ${p.project}`, body: `Assigned by ${p.by}` }),
  PROJECT_MEMBER_ADDED: (p) => ({ title: `You now follow the project: ${p.project}`, body: `Added by ${p.by}` }),
  SUPPORT_ASSIGNED: (p) => ({
    title: `Request assigned: ${p.project}`,
    body: `${p.by} assigned it to ${p.department}`,
  }),
  SUPPORT_REASSIGNED: (p) => ({
    title: `Request handed to your department: ${p.project}`,
    body: `${p.by} handed it to ${p.department}`,
  }),
  SUPPORT_ESCALATED: (p) => ({
    title: `Overdue request escalated: ${p.project}`,
    body: `Now supervised by ${p.level}`,
  }),
  SUPPORT_RESOLVED: (p) => ({ title: `Request resolved: ${p.project}`, body: `Resolved by ${p.department} (${p.by})` }),
  SUPPORT_REOPENED: (p) => ({ title: `Request reopened: ${p.project}`, body: `${p.by} asked for it to be reopened` }),
  CLAIM_CONFLICT: (p) => ({
    title: `Someone tried to log a talent you follow: ${p.talent}`,
    body: `${p.by} of ${p.unit} tried; claim protection refused it`,
  }),
  REPORT_ISSUED: (p) => ({ title: `Report issued: ${p.report}`, body: 'See how your unit stands' }),
  REPORT_REMINDER: (p) => ({ title: `Report to read: ${p.report}`, body: '' }),
  ACCOUNT_LOCKED: (p) => ({
    title: 'Your account was locked after repeated wrong passwords',
    body: `Locked until ${p.until}; if this was not you, contact the talent office`,
  }),
  DIGEST: (p) => ({
    title: `Today's reminders (${p.day})`,
    body:
      `${p.followUps ?? 0} follow-ups due, ${p.overdueRequests ?? 0} overdue requests, ` +
      `${p.unread ?? 0} unread notices`,
  }),
}

/** A notice's title and body in `locale`, from what it kept when made. */
export function noticeText(kind: NoticeKind, params: NoticeParams, locale: Locale): { title: string; body: string } {
  return (locale === 'en' ? english : chinese)[kind](params)
}
