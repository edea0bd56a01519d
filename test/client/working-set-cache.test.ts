// A page of the working set fills the cache so that the project screen's own three reads — the project with
// its timeline, the talent's details, the support requests — are answered from it with no request: what
// opening a project never opened before needs in a village without signal.
import { describe, expect, it } from 'vitest'
import { Client, fetchExchange } from '@urql/core'
import { cacheExchange } from '@urql/exchange-graphcache'
import { cacheConfig } from '../../client/src/urql/cache.ts'
import { WorkingSetProjectsQuery } from '../../client/src/working-set/documents.ts'
import { ProjectQuery } from '../../client/src/staff/project-query.ts'
import { TalentDetailsQuery } from '../../client/src/staff/talent-details-data.ts'
import { ProjectSupportRequestsQuery } from '../../client/src/staff/project-fragments.ts'
import { projectFixture, projectNodeId, projectUuid } from './staff-harness.tsx'

const supportRequest = {
  __typename: 'SupportRequest',
  id: btoa('SupportRequest:0190b111-0000-7000-8000-0000000000cc'),
  uuid: '0190b111-0000-7000-8000-0000000000cc',
  category: 'HIRING',
  description: '急需招聘 20 名技术工人',
  status: 'ASSIGNED',
  dueAt: '2026-11-10T15:59:59.999Z',
  overdue: true,
  department: { __typename: 'Unit', id: 'VW5pdDpocnNz', name: '人社局' },
}

function heldProject() {
  const project = projectFixture()
  return {
    ...project,
    talent: {
      ...project.talent,
      version: 2,
      talentClass: 'C',
      birthYear: 1988,
      sector: null,
      talentTeam: null,
    },
    supportRequests: [supportRequest],
  }
}

describe('the working set in the cache', () => {
  it('answers the project screen’s reads of a project never opened, without a request', async () => {
    const asked: string[] = []
    const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string }
      asked.push(body.operationName)
      const data = body.operationName === 'WorkingSetProjects' ? { workingSetProjects: [heldProject()] } : null
      return new Response(JSON.stringify(data ? { data } : { errors: [{ message: 'offline' }] }), {
        headers: { 'content-type': 'application/json' },
      })
    }
    const client = new Client({
      url: 'http://phone.test/graphql',
      exchanges: [cacheExchange(cacheConfig), fetchExchange],
      fetch,
      preferGetMethod: false,
    })
    const page = await client.query(WorkingSetProjectsQuery, { ids: [projectUuid] }).toPromise()
    expect(page.error).toBeUndefined()

    const cacheOnly = { requestPolicy: 'cache-only' } as const
    const project = await client.query(ProjectQuery, { id: projectNodeId }, cacheOnly).toPromise()
    const node = project.data?.node as { uuid?: string; activities?: unknown[] } | null | undefined
    expect(node?.uuid).toBe(projectUuid)
    expect(node?.activities).toHaveLength(1)
    const talentId = heldProject().talent.id
    const talent = await client.query(TalentDetailsQuery, { id: talentId }, cacheOnly).toPromise()
    expect(talent.data?.node).toMatchObject({ talentClass: 'C', contactMasked: true, phone: '139****1111' })
    const requests = await client.query(ProjectSupportRequestsQuery, { projectId: projectUuid }, cacheOnly).toPromise()
    expect(requests.data?.supportRequests.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ uuid: supportRequest.uuid, category: 'HIRING' }),
    ])
    expect(asked).toEqual(['WorkingSetProjects'])
  })
})
