// A request left past its due date escalates to the talent office, once, whoever starts the escalation; the
// list of requests costs the same number of statements however many requests it shows.
import { describe, expect, it } from 'vitest'
import { errorCode } from '../support/api.ts'
import { graphql } from '../support/graphql.ts'
import { ids, mutate } from '../support/pipeline.ts'
import { supportRequestCounty } from '../support/support-request-county.ts'
import { CreateSupportRequest } from '../support/support-request-documents.ts'
import { escalateOverdueSupportRequests } from '../../server/src/schema/support-request/escalate-overdue.ts'

const { db, county, industry, industryUnitId, signedProject, listed } = supportRequestCounty()

const EscalateOverdueSupportRequests = graphql(`
  mutation EscalateOverdueSupportRequests {
    escalateOverdueSupportRequests
  }
`)
const EscalatedSupportRequestsQuery = graphql(`
  query EscalatedSupportRequests {
    escalatedSupportRequests {
      edges {
        node {
          uuid
          overdue
          escalatedAt
        }
      }
    }
  }
`)
const SupportRequestPageQuery = graphql(`
  query SupportRequestPage {
    supportRequests(first: 20) {
      edges {
        node {
          uuid
          overdue
          department {
            name
          }
          project {
            uuid
          }
          events {
            kind
            toUnit {
              name
            }
          }
        }
      }
    }
  }
`)

describe('a request past its due date', () => {
  it('goes up to the talent office once, and is on the office’s list', async () => {
    const projectId = await signedProject('13600000004')
    const dueAt = new Date(Date.now() - 86_400_000).toISOString()
    const late = await mutate(county().agents.eastManager, CreateSupportRequest, {
      ...ids(),
      projectId,
      category: 'FUNDING',
      description: '启动资金',
      departmentId: industryUnitId(),
      dueAt,
    })
    expect(late.data).toMatchObject({ overdue: true })
    const id = late.data!.uuid
    expect(await listed(industry(), { overdueOnly: true })).toEqual([id])

    const { admin, eastManager, leader } = county().agents
    const escalate = (agent: typeof admin) => agent.request(EscalateOverdueSupportRequests)
    expect(errorCode(await escalate(eastManager))).toBe('FORBIDDEN')
    // Two administrators and the server's timer at the same moment: the request is escalated once.
    const escalatedBy = async (agent: typeof admin) => (await escalate(agent)).data!.escalateOverdueSupportRequests
    const racing = await Promise.all([
      escalatedBy(admin),
      escalatedBy(admin),
      escalateOverdueSupportRequests(db().prisma, { byId: null }),
    ])
    expect(racing.reduce((sum, count) => sum + count, 0)).toBe(1)
    expect(await escalatedBy(admin)).toBe(0)
    const escalated = await db().prisma.supportRequestEvent.findMany({
      where: { requestId: id, kind: 'ESCALATED' },
      include: { toUnit: true, fromUnit: true },
    })
    expect(escalated).toMatchObject([{ toUnit: { name: '人才办' }, fromUnit: { name: '工信局' } }])

    expect((await leader.request(EscalatedSupportRequestsQuery)).data?.escalatedSupportRequests.edges).toEqual([
      { node: { uuid: id, overdue: true, escalatedAt: expect.any(String) } },
    ])
    // The project's own unit reads the request, but it escalated to the office, not to the unit.
    expect((await eastManager.request(EscalatedSupportRequestsQuery)).data?.escalatedSupportRequests.edges).toEqual([])
    expect(await listed(admin, { escalatedOnly: true })).toEqual([id])
  })
})

describe('the list of requests', () => {
  it('costs the same number of queries however many requests it shows', async () => {
    const statementsFor = async () => {
      db().queries.length = 0
      const result = await county().agents.admin.request(SupportRequestPageQuery)
      expect(result.errors).toBeUndefined()
      return { rows: result.data!.supportRequests.edges.length, statements: db().queries.length }
    }
    const before = await statementsFor()
    // At least one row already, so that the comparison is of one page against a longer one, not of an empty page.
    expect(before.rows).toBeGreaterThan(0)
    const projectId = await signedProject('13600000006')
    for (const category of ['IP', 'LEGAL', 'SCHOOLING'] as const) {
      const created = await mutate(county().agents.eastManager, CreateSupportRequest, {
        ...ids(),
        projectId,
        category,
        description: '新增',
        departmentId: industryUnitId(),
      })
      expect(created.errors).toBeUndefined()
    }
    const after = await statementsFor()
    expect(after.rows).toBe(before.rows + 3)
    expect(after.statements).toBe(before.statements)
  })
})
