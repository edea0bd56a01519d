// The permission matrix: every role, in the project's own unit or another, against each way in to a project
// of the east park — lists, node(id), relations and mutations. No row of another unit is reachable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { globalId, ids, mutate, op, smallCounty, talentWithProject, type Agent } from '../support/pipeline.ts'
import { LogActivity, MoveProjectCredit, UpdateProject } from '../support/documents.ts'
import { graphql } from '../support/graphql.ts'

const ReachEastProject = graphql(`
  query ReachEastProject($p: ID!, $t: ID!, $a: ID!) {
    projects(first: 100) {
      edges { node { uuid } }
    }
    project: node(id: $p) {
      id
    }
    talent: node(id: $t) {
      id
    }
    activity: node(id: $a) {
      id
    }
    nodes(ids: [$p, $t]) {
      id
    }
  }
`)

// Apart from the rest: a refused talent list would null the whole answer, and with it every other way in.
const ListTalents = graphql(`
  query ListTalents {
    talents(first: 100) {
      edges { node { uuid } }
    }
  }
`)

const RevealContact = graphql(`
  mutation RevealContact($t: String!) {
    revealContact(talentId: $t, reason: "对接") {
      phone
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let project: Awaited<ReturnType<typeof talentWithProject>>
let activityId: string

type Who = keyof Awaited<ReturnType<typeof smallCounty>>['agents']
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND'

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  project = await talentWithProject(county.agents.eastStaff, { name: '矩阵', phone: '13812340000' })
  const logged = await mutate(county.agents.eastStaff, LogActivity, {
    ...ids(),
    projectId: project.projectId,
    kind: 'CALL',
    occurredAt: new Date().toISOString(),
    summary: '首次电话',
  })
  activityId = logged.data!.uuid
})
afterAll(() => db?.close())

//                        sees  update     reveal      moveCredit
const matrix: [Who, boolean, Outcome, Outcome, Outcome][] = [
  ['eastStaff', true, 'ok', 'ok', 'FORBIDDEN'],
  ['eastStaff2', true, 'FORBIDDEN', 'ok', 'FORBIDDEN'],
  ['eastManager', true, 'ok', 'ok', 'FORBIDDEN'],
  ['eastHead', true, 'ok', 'ok', 'FORBIDDEN'],
  ['westStaff', false, 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  ['westManager', false, 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  ['leader', true, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ['hrss', false, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ['admin', true, 'ok', 'ok', 'ok'],
]

const outcome = (result: { errors?: unknown[]; code?: string }): Outcome =>
  result.errors ? (result.code as Outcome) : 'ok'
const currentVersion = async () =>
  (await db.prisma.project.findUniqueOrThrow({ where: { id: project.projectId } })).version

async function reads(agent: Agent) {
  const reached = await agent.request(ReachEastProject, {
    p: globalId('Project', project.projectId),
    t: globalId('Talent', project.talentId),
    a: globalId('Activity', activityId),
  })
  const listed = await agent.request(ListTalents)
  const data = reached.data
  const errors = [...(reached.errors ?? []), ...(listed.errors ?? [])].map((error) => error.extensions?.code)
  return {
    inList: Boolean(data?.projects.edges.some((edge) => edge.node.uuid === project.projectId)),
    inTalents: Boolean(listed.data?.talents.edges.some((edge) => edge.node.uuid === project.talentId)),
    byNode: [data?.project, data?.talent, data?.activity].map(Boolean),
    byNodes: (data?.nodes ?? []).filter(Boolean).length,
    errors: errors.length ? errors : undefined,
  }
}

describe('who reaches a project of the east park, and how', () => {
  it.each(matrix)('%s: sees=%s update=%s reveal=%s moveCredit=%s', async (who, sees, update, reveal, moveCredit) => {
    const agent = county.agents[who]
    const seen = await reads(agent)
    const listsTalents = who !== 'hrss' // departments have no talent list at all
    expect(seen).toEqual({
      inList: sees,
      inTalents: sees && listsTalents,
      byNode: [sees, sees, sees],
      byNodes: sees ? 2 : 0,
      errors: listsTalents ? undefined : ['FORBIDDEN'],
    })

    const updated = await mutate(agent, UpdateProject, {
      ...op(),
      id: project.projectId,
      version: await currentVersion(),
      description: `改于 ${who}`,
    })
    expect(outcome(updated)).toBe(update)
    const logged = await mutate(agent, LogActivity, {
      ...ids(),
      projectId: project.projectId,
      kind: 'NOTE',
      occurredAt: new Date().toISOString(),
      summary: who,
    })
    expect(outcome(logged)).toBe(update)

    const revealed = await agent.request(RevealContact, { t: project.talentId })
    expect(
      outcome({ errors: revealed.errors, code: revealed.errors?.[0]?.extensions?.code as string | undefined }),
    ).toBe(reveal)

    const credit = await mutate(agent, MoveProjectCredit, {
      ...op(),
      id: project.projectId,
      version: await currentVersion(),
      creditUnitId: county.units.east.id,
      reason: '核对',
    })
    // The talent office may move credit; moving it to the unit it already counts for is a conflict, not a permission.
    expect(moveCredit === 'ok' ? credit.code : outcome(credit)).toBe(moveCredit === 'ok' ? 'CONFLICT' : moveCredit)
  })

  it('writes nothing for a refused caller', async () => {
    const changes = await db.prisma.auditLog.findMany({
      where: { entityId: project.projectId, action: 'updateProject' },
      select: { actorId: true },
    })
    const allowed = new Set(matrix.filter(([, , update]) => update === 'ok').map(([who]) => county.people[who].id))
    expect(changes.map((change) => change.actorId).every((actor) => allowed.has(actor!))).toBe(true)
    expect(changes).toHaveLength(allowed.size)
  })
})
