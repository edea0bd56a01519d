// Leaders read each program's success rate per unit and for the county, computed by one grouped query; a park
// manager reads their own unit's; staff and departments none.
import { beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { errorCode } from '../support/api.ts'
import { graphql } from '../support/graphql.ts'
import { programCounty } from '../support/program-county.ts'

const { db, county, province, city } = programCounty()

const ProgramSuccessRatesQuery = graphql(`
  query ProgramSuccessRates($year: Int!) {
    programSuccessRates(year: $year) {
      byProgramAndUnit { program { name } unit { name } submitted selected rejected pending successRate }
      byProgram { program { name } unit { name } submitted selected rejected pending successRate }
      byUnit { unit { name } submitted selected rejected pending successRate }
      total { submitted selected rejected pending successRate }
    }
  }
`)
const ApplicationPageQuery = graphql(`
  query ApplicationPage($first: Int!) {
    programApplications(first: $first, year: 2024) {
      edges {
        node {
          uuid
          status
          program { name }
          unit { name }
          talent { name phone }
          project { title }
        }
      }
    }
  }
`)

describe('success rates', () => {
  const row = (submitted: number, selected: number, rejected: number, pending: number, successRate: number | null) => ({
    submitted,
    selected,
    rejected,
    pending,
    successRate,
  })

  beforeAll(async () => {
    const { east, west } = county().units
    const spread: [string, string, string, number][] = [
      [province(), east.id, 'SELECTED', 2],
      [province(), east.id, 'REJECTED', 1],
      [province(), east.id, 'SUBMITTED', 1],
      [province(), east.id, 'RESERVE', 1],
      [province(), west.id, 'REJECTED', 2],
      [city(), east.id, 'SUBMITTED', 2],
      [city(), west.id, 'SELECTED', 1],
      [city(), west.id, 'COACHING', 1],
    ]
    const rows = spread.flatMap(([programId, unitId, status, count]) =>
      Array.from({ length: count }, () => ({ programId, unitId, status, talentId: uuidv7() })),
    )
    await db().prisma.talent.createMany({
      data: rows.map((application, n) => ({ id: application.talentId, name: `统计${n}` })),
    })
    await db().prisma.programApplication.createMany({
      data: rows.map((application) => ({
        ...application,
        id: uuidv7(),
        year: 2024,
        status: application.status as 'SELECTED',
      })),
    })
  })

  it('gives the county per program and per unit, computed by one grouped query', async () => {
    db().queries.length = 0
    const result = await county().agents.leader.request(ProgramSuccessRatesQuery, { year: 2024 })
    expect(result.errors).toBeUndefined()
    expect(db().queries.filter((query) => /GROUP BY/i.test(query))).toHaveLength(1)
    const east = { name: '东部园区' }
    const west = { name: '西部园区' }
    expect(result.data?.programSuccessRates).toEqual({
      byProgramAndUnit: [
        { program: { name: '省双创计划' }, unit: east, ...row(4, 2, 1, 1, 2 / 3) },
        { program: { name: '省双创计划' }, unit: west, ...row(2, 0, 2, 0, 0) },
        { program: { name: '市双创计划' }, unit: east, ...row(2, 0, 0, 2, null) },
        { program: { name: '市双创计划' }, unit: west, ...row(1, 1, 0, 0, 1) },
      ],
      byProgram: [
        { program: { name: '省双创计划' }, unit: null, ...row(6, 2, 3, 1, 0.4) },
        { program: { name: '市双创计划' }, unit: null, ...row(3, 1, 0, 2, 1) },
      ],
      byUnit: [
        { unit: east, ...row(6, 2, 1, 3, 2 / 3) },
        { unit: west, ...row(3, 1, 2, 0, 1 / 3) },
      ],
      total: row(9, 3, 3, 3, 0.5),
    })
  })

  it('lists a page of applications in the same few statements for 2 rows as for 10', async () => {
    const statements = async (first: number) => {
      db().queries.length = 0
      const result = await county().agents.leader.request(ApplicationPageQuery, { first })
      expect(result.data?.programApplications.edges).toHaveLength(first)
      return db().queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim())).length
    }
    expect(await statements(10)).toBe(await statements(2))
  })

  it('shows a park manager only their own unit, and is closed to staff and departments', async () => {
    const own = await county().agents.eastManager.request(ProgramSuccessRatesQuery, { year: 2024 })
    expect(own.data?.programSuccessRates.byUnit).toEqual([{ unit: { name: '东部园区' }, ...row(6, 2, 1, 3, 2 / 3) }])
    expect(own.data?.programSuccessRates.byProgramAndUnit.map((r) => r.unit?.name)).toEqual(['东部园区', '东部园区'])
    expect(own.data?.programSuccessRates.total).toEqual(row(6, 2, 1, 3, 2 / 3))
    for (const agent of [county().agents.eastStaff, county().agents.hrss])
      expect(errorCode(await agent.request(ProgramSuccessRatesQuery, { year: 2024 }))).toBe('FORBIDDEN')
    const empty = await county().agents.admin.request(ProgramSuccessRatesQuery, { year: 2031 })
    expect(empty.data?.programSuccessRates.total).toEqual(row(0, 0, 0, 0, null))
  })
})
