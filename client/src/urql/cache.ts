// graphcache's configuration: how entities are keyed, how lists page, and what a mutation changes.
import type { Cache, CacheExchangeOpts, Resolver } from '@urql/exchange-graphcache'
import { relayPagination } from '@urql/exchange-graphcache/extras'
import { ProjectSupportRequestsQuery } from '../staff/project-fragments.ts'

/** Connections, edges and page info belong to the field that holds them: they have no identity. */
const keyless = () => null

/** Every cached answer of a Query field, whatever its arguments, is asked of the server again. */
function refetchEvery(cache: Cache, ...fieldNames: string[]) {
  for (const field of cache.inspectFields('Query')) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments)
  }
}

/** The type a Relay global id names (base64 of `Type:uuid`), or null for anything else. */
function typenameOf(globalId: unknown): string | null {
  try {
    return typeof globalId === 'string' ? (atob(globalId).split(':')[0] ?? null) : null
  } catch {
    return null
  }
}

/**
 * The records read by node(id) that other answers bring into the cache: a talent, a follow-up, and a project
 * of the working set (working-set/), which the phone fetched so that its screen opens offline.
 */
const heldByOtherAnswers = new Set(['Talent', 'Activity', 'Project'])

interface HeldProject {
  uuid: string
  supportRequests: { __typename: 'SupportRequest' }[]
}

/**
 * A page of the working set: each project's support requests, written as the answer to the project screen's
 * own list (ProjectSupportRequestsQuery), so that the list opens offline as if it had been asked.
 */
function holdSupportRequests(result: unknown, _args: unknown, cache: Cache) {
  const projects = (result as { workingSetProjects?: HeldProject[] }).workingSetProjects ?? []
  for (const project of projects) {
    const edges = project.supportRequests.map((node) => ({ __typename: 'SupportRequestEdge', node }))
    cache.updateQuery(
      { query: ProjectSupportRequestsQuery, variables: { projectId: project.uuid } },
      () =>
        ({
          supportRequests: { __typename: 'SupportRequestConnection', edges },
        }) as never,
    )
  }
}

/**
 * `node(id)` as the server last answered it; for a talent or a follow-up never asked for so, the one the
 * cache already holds (a search result, a project's talent card, its timeline), so that a new project's
 * form opens offline and 同步 names a follow-up. One whose asked fields are not all there is a miss as
 * before, and goes to the server.
 */
const nodeOrHeldRecord: Resolver = (_parent, args, cache, info) => {
  const answered = cache.resolve(info.parentKey, info.fieldName, args)
  const typename = typenameOf(args.id)
  if (answered !== undefined || !typename || !heldByOtherAnswers.has(typename)) return answered
  return { __typename: typename, id: String(args.id) }
}

export const cacheConfig = {
  keys: {
    // What a subscription says changed: ids only, kept nowhere (live/live.ts).
    LiveChange: keyless,
    ProjectConnection: keyless,
    ProjectEdge: keyless,
    TalentConnection: keyless,
    TalentEdge: keyless,
    PageInfo: keyless,
    // A project's history rows, its open deadlines and a revealed contact live inside their parent.
    StageChange: keyless,
    Deadline: keyless,
    TalentContact: keyless,
    // Support requests: their lists, and the steps of a request's history (which have no id of their own).
    // Their writes answer with the whole request, updated in place; the list screens ask the server again
    // once a write is acknowledged (requests.tsx) rather than invalidate here: an invalidation that lands
    // while a list's answer is on its way leaves that list empty (graphcache bails, urql issue #3842).
    SupportRequestConnection: keyless,
    SupportRequestEdge: keyless,
    SupportRequestEvent: keyless,
    // The new-lead form's live check (lead/lead-check.ts): a person the server already knows, by the form's words.
    TalentMatch: keyless,
    // The office's accounts list, and the one-time password answered with a created or reset account.
    UserConnection: keyless,
    UserEdge: keyless,
    IssuedPassword: keyless,
    // The 考核方案: an indicator is known by its uuid; a target lives inside its indicator.
    Indicator: (data) => (typeof data.uuid === 'string' ? data.uuid : null),
    Target: keyless,
    // The office's disputes and audit log (office/disputes, office/audit): rows with no id of their own.
    TalentDuplicatePair: keyless,
    CreditShare: keyless,
    AuditLogConnection: keyless,
    AuditLogEdge: keyless,
    AuditLog: (entry) => (entry.uuid as string | undefined) ?? null,
    AuditAction: keyless,
    // The office's settings screen reads and saves them online, asking the server again after each save.
    OfficeSettings: keyless,
    ClockSettings: keyless,
    SupportDueSettings: keyless,
    SupportDue: keyless,
    DigestSettings: keyless,
    CalendarDay: (day) => String(day.date),
    // 人才工程 and 人才活动 (manager/programs/): their lists.
    ProgramApplicationConnection: keyless,
    ProgramApplicationEdge: keyless,
    ServiceEventConnection: keyless,
    ServiceEventEdge: keyless,
    // The inbox (inbox/): a notice is a Node; its list, the marking's answer and the link are not.
    NoticeConnection: keyless,
    NoticeEdge: keyless,
    NoticeSubject: keyless,
    NoticesReadPayload: keyless,
  },
  resolvers: {
    Query: {
      node: nodeOrHeldRecord,
      projects: relayPagination(),
      supportRequests: relayPagination(),
      escalatedSupportRequests: relayPagination(),
    },
  },
  updates: {
    Query: { workingSetProjects: holdSupportRequests },
    Mutation: {
      login(result, _args, cache) {
        const user = (result as { login?: { __typename: string; id: string } }).login
        if (user) cache.link('Query', 'me', cache.keyOfEntity(user))
      },
      logout(_result, _args, cache) {
        cache.link('Query', 'me', null)
      },
      // A new unit joins the unit list (the office's pickers) from the write's own answer, whatever answers to
      // earlier reads are still on their way.
      createUnit(result, _args, cache) {
        const unit = (result as { createUnit?: { __typename: string; id: string } }).createUnit
        const key = unit ? cache.keyOfEntity(unit) : null
        const units = cache.resolve('Query', 'units') as string[] | null
        if (key && Array.isArray(units) && !units.includes(key)) cache.link('Query', 'units', [...units, key])
      },
      // A new event, application or round belongs in lists the cache cannot place it in: ask the server again.
      // Requests moved up a level: the 督办 lists and the request lists' escalated filter ask again.
      escalateOverdueSupportRequests(_result, _args, cache) {
        refetchEvery(cache, 'escalatedSupportRequests', 'supportRequests')
      },
      // Marked read: the notices answered update in place; the count and the unread-only lists ask again.
      markNoticesRead(_result, _args, cache) {
        refetchEvery(cache, 'unreadNoticeCount', 'notices')
      },
      markAllNoticesRead(_result, _args, cache) {
        refetchEvery(cache, 'unreadNoticeCount', 'notices')
      },
      createServiceEvent(_result, _args, cache) {
        refetchEvery(cache, 'serviceEvents')
      },
      createProgramApplication(_result, _args, cache) {
        refetchEvery(cache, 'programApplications')
      },
      createProgramRound(_result, _args, cache) {
        refetchEvery(cache, 'programRounds', 'programs')
      },
      createLead(_result, _args, cache) {
        // The new project belongs at the top of every list it shows in: ask the server again.
        for (const field of cache.inspectFields('Query')) {
          if (field.fieldName === 'projects') cache.invalidate('Query', field.fieldName, field.arguments)
        }
      },
      // A known talent's new project: the lists, and the talents found by 搜索 with their projects.
      createProject(_result, _args, cache) {
        refetchEvery(cache, 'projects', 'talents')
      },
      // Staff writes answer with the whole project (detail and timeline update in place); the lists
      // chosen by follow-up date, stage or status may have gained or lost it.
      logActivity(_result, _args, cache) {
        refetchEvery(cache, 'myFollowUps')
      },
      editActivity(_result, _args, cache) {
        refetchEvery(cache, 'myFollowUps')
      },
      moveProjectStage(_result, _args, cache) {
        refetchEvery(cache, 'projects')
      },
      setProjectStatus(_result, _args, cache) {
        refetchEvery(cache, 'projects', 'myFollowUps')
      },
    },
  },
} satisfies Omit<CacheExchangeOpts, 'storage'>
