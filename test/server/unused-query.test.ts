// No resolver asks Pothos for a Prisma selection and then leaves it unread: each such call printed "Prisma
// query was unused in resolver" (builder.ts, onUnusedQuery) — some 250 lines in a ten-minute walk through the
// leader's and the login screens. The documents are the phone's own (leader/*.ts) and the signed-out `me`.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { TadaDocumentNode } from 'gql.tada'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { graphql } from '../support/graphql.ts'
import { smallCounty } from '../support/pipeline.ts'
import { AssessmentScoresQuery } from '../../client/src/leader/queries.ts'
import {
  LandedInvestmentQuery,
  PipelineSourcesQuery,
  StaffActivityQuery,
  SupportStatisticsQuery,
  TraineeSectorsQuery,
} from '../../client/src/leader/statistics-queries.ts'

const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      role
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
const warnings = vi.spyOn(console, 'warn')
const unusedQueryWarnings = () =>
  warnings.mock.calls.map((call) => String(call[0])).filter((line) => line.includes('Prisma query was unused'))

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const scheme = await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度人才工作考核办法' } })
  const indicator = await db.prisma.indicator.create({
    data: {
      schemeId: scheme.id,
      code: 'LEADS_LOGGED',
      name: '线索登记',
      metric: 'LEADS_LOGGED',
      weight: 10,
      unitKinds: ['PARK'],
      sortOrder: 0,
    },
  })
  await db.prisma.target.createMany({
    data: [county.units.east, county.units.west].map((unit) => ({
      indicatorId: indicator.id,
      unitId: unit.id,
      value: 2,
    })),
  })
}, 120_000)
afterEach(() => warnings.mockClear())
afterAll(() => db?.close())

describe('resolvers and the selection Pothos plans for them', () => {
  it('answers the signed-out login page’s `me` without an unused query', async () => {
    const answer = await county.api.agent().request(MeQuery)
    expect(answer).toEqual({ data: { me: null } })
    expect(unusedQueryWarnings()).toEqual([])
  })

  it('answers the leader’s scores and statistics, unit by unit, without an unused query', async () => {
    const scores = await county.agents.leader.request(AssessmentScoresQuery, { year: 2026 })
    expect(scores.errors).toBeUndefined()
    expect(scores.data!.assessmentScores!.units.map((row) => row.unit.name).sort()).toEqual(['东部园区', '西部园区'])
    const statistics: TadaDocumentNode<unknown, { year: number }>[] = [
      LandedInvestmentQuery,
      PipelineSourcesQuery,
      StaffActivityQuery,
      SupportStatisticsQuery,
      TraineeSectorsQuery,
    ]
    for (const document of statistics) {
      const answer = await county.agents.leader.request(document, { year: 2026 })
      expect(answer.errors).toBeUndefined()
    }
    expect(unusedQueryWarnings()).toEqual([])
  })
})
