// What each kind of user does when they act, as the screens do it (the operations are the client's own,
// documents.ts). Field staff: Today, open one of their projects, log a follow-up on one, log a lead. Park
// managers: the board (every page of the unit's active projects, and the unit's people), a stage move from it.
// Departments: their support-request queue. Leaders: the dashboard's three queries at once.
// Writes carry new client mutation ids and record ids made here, as the outbox makes them on the phone.
import { uuidv7 } from 'uuidv7'

export type Role = 'STAFF' | 'PARK_MANAGER' | 'DEPARTMENT' | 'LEADER'

export interface LoadUser {
  login: string
  token: string
  id: string
  role: Role
  unitId: string
  /** Projects the user owns (uuids), for opening one and logging a follow-up. */
  projects: string[]
}

/** One request: the operation's name and variables, plus the headers a write adds. */
export interface Call {
  operation: string
  variables: Record<string, unknown>
  /** The outbox names the user who made the write (server/src/yoga.ts, x-outbox-owner). */
  outboxOwner?: string
}

export type Send = (call: Call) => Promise<Record<string, unknown> | null>

/** Share of each role among N users (rounded; the rest are field staff). */
export const roleShares: Record<Exclude<Role, 'STAFF'>, number> = { PARK_MANAGER: 0.15, DEPARTMENT: 0.1, LEADER: 0.05 }

const globalId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64')
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)]
const stageAfter: Record<string, string> = { LEAD: 'CONTACTED', CONTACTED: 'VISITED', VISITED: 'NEGOTIATING' }
const kinds = ['CALL', 'VISIT', 'MEETING', 'MESSAGE'] as const
const channels = ['INVESTMENT_STAFF', 'TALENT_AMBASSADOR', 'REFERRAL', 'EVENT'] as const

interface BoardProject {
  uuid: string
  stage: string
  status: string
  version: number
}

/** One simulated person: what they last saw (a manager's board) and their next action. */
export class Actor {
  private board: BoardProject[] = []

  constructor(
    readonly user: LoadUser,
    private readonly send: Send,
  ) {}

  async act(): Promise<void> {
    const r = Math.random()
    switch (this.user.role) {
      case 'STAFF':
        if (r < 0.35) return void (await this.send({ operation: 'StaffToday', variables: {} }))
        if (r < 0.65) return this.openProject()
        if (r < 0.9) return this.logFollowUp()
        return this.logLead()
      case 'PARK_MANAGER':
        if (r < 0.5 || this.board.length === 0) return this.openBoard()
        return this.moveStage()
      case 'DEPARTMENT':
        return void (await this.send({
          operation: 'SupportRequestList',
          variables: {
            first: 50,
            after: null,
            status: null,
            overdueOnly: null,
            escalatedOnly: null,
            projectId: null,
            departmentId: this.user.unitId,
          },
        }))
      case 'LEADER': {
        const year = new Date().getFullYear()
        await Promise.all(
          ['LeaderAssessmentScores', 'LeaderPipelineFunnel', 'LeaderPipelineTrends'].map((operation) =>
            this.send({ operation, variables: { year } }),
          ),
        )
      }
    }
  }

  async openProject() {
    const project = pick(this.user.projects)
    if (project) await this.send({ operation: 'StaffProject', variables: { id: globalId('Project', project) } })
  }

  async logFollowUp() {
    const projectId = pick(this.user.projects)
    if (!projectId) return
    const now = Date.now()
    const input = {
      clientMutationId: uuidv7(),
      id: uuidv7(),
      projectId,
      kind: pick(kinds),
      occurredAt: new Date(now - 600_000).toISOString(),
      summary: '电话沟通了落地意向与场地需求，对方下周带团队来考察。',
      nextStep: '准备考察行程',
      nextFollowUpAt: new Date(now + (3 + Math.floor(Math.random() * 10)) * 86_400_000).toISOString(),
    }
    await this.send({ operation: 'StaffLogActivity', variables: { input }, outboxOwner: this.user.id })
  }

  async logLead() {
    const n = Math.floor(Math.random() * 1e8)
    const input = {
      clientMutationId: uuidv7(),
      projectId: uuidv7(),
      talentId: uuidv7(),
      talentName: `新人才 ${n}`,
      phone: `139${String(n).padStart(8, '0')}`,
      employer: '某大学材料学院',
      field: '新材料',
      sourceChannel: pick(channels),
      title: null,
      note: '招商推介会上结识，有意回乡创业。',
      dataSource: 'SELF_PROVIDED',
      consentGiven: true,
    }
    await this.send({ operation: 'CreateLead', variables: { input }, outboxOwner: this.user.id })
  }

  async openBoard() {
    const members = this.send({ operation: 'UnitMembers', variables: { unitId: null } })
    const board: BoardProject[] = []
    let after: string | null = null
    for (;;) {
      const data = await this.send({ operation: 'PipelineProjects', variables: { first: 100, after } })
      const page = data?.projects as
        | { edges: { node: BoardProject }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
        | undefined
      if (!page) break
      board.push(...page.edges.map((edge) => edge.node))
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break
      after = page.pageInfo.endCursor
    }
    await members
    this.board = board
  }

  /** One stage forward from 线索/接洽/考察, or from 洽谈 back to 考察 with a reason: no form needed first. */
  async moveStage() {
    const movable = this.board.filter(
      (p) => p.status === 'ACTIVE' && (stageAfter[p.stage] || p.stage === 'NEGOTIATING'),
    )
    const project = pick(movable)
    if (!project) return
    const to = stageAfter[project.stage] ?? 'VISITED'
    const input = {
      clientMutationId: uuidv7(),
      id: project.uuid,
      to,
      version: project.version,
      reason: to === 'VISITED' ? '对方暂缓，回到考察' : null,
    }
    const data = await this.send({ operation: 'PipelineMoveStage', variables: { input }, outboxOwner: this.user.id })
    const moved = data?.moveProjectStage as { stage: string; version: number } | undefined
    if (moved) Object.assign(project, { stage: moved.stage, version: moved.version })
  }
}
