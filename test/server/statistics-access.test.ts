// Who may read which unit's statistics: each unit's managers kept to their own unit's figures, a head reading
// their own unit as a county leader would, a department its own support figures; and the arguments checked.
import type { TadaDocumentNode } from 'gql.tada'
import { describe, expect, it } from 'vitest'
import { errorCode } from '../support/api.ts'
import { bruteForceStatistics } from '../support/statistics-brute-force.ts'
import { ask, statisticsCounty } from '../support/statistics-county.ts'
import {
  BreakdownQuery,
  EventsQuery,
  FunnelQuery,
  InvestmentQuery,
  SectorsQuery,
  StaffQuery,
  SupportQuery,
  YouthQuery,
} from '../support/statistics-documents.ts'

const { db, county, units } = statisticsCounty()

/** What every statistics query takes: a year, and a unit unless the reader's own. */
type StatisticsQuery = TadaDocumentNode<Record<string, unknown>, { year: number; unitId?: string | null }>
const everyQuery: [string, StatisticsQuery][] = [
  ['pipelineFunnel', FunnelQuery],
  ['pipelineBreakdown', BreakdownQuery],
  ['landedInvestment', InvestmentQuery],
  ['supportRequestStatistics', SupportQuery],
  ['programTraineeSectors', SectorsQuery],
  ['youthReserve', YouthQuery],
  ['staffActivity', StaffQuery],
  ['serviceEventStatistics', EventsQuery],
]

describe('who may read which unit', () => {
  it.each(everyQuery)(
    '%s: a park manager cannot read another unit, staff and strangers cannot read at all',
    async (_name, query) => {
      const other = await county().agents.westManager.request(query, { year: 2026, unitId: units().east })
      expect(other.errors?.[0]).toMatchObject({
        message: '没有权限执行此操作',
        extensions: { code: 'FORBIDDEN', detail: '只能查看本单位的统计' },
      })
      expect(other.data).toBeNull()
      expect(errorCode(await county().agents.eastStaff.request(query, { year: 2026 }))).toBe('FORBIDDEN')
      expect(errorCode(await county().api.agent().request(query, { year: 2026 }))).toBe('UNAUTHENTICATED')
    },
  )

  it.each(everyQuery)(
    '%s: a year that cannot be and a unit that is no UUID are refused in Chinese',
    async (_name, query) => {
      const year = await county().agents.leader.request(query, { year: 20260 })
      expect(year.errors?.[0]).toMatchObject({
        message: expect.stringContaining('年度不正确'),
        extensions: { code: 'BAD_USER_INPUT' },
      })
      const unit = await county().agents.leader.request(query, { year: 2026, unitId: 'east' })
      expect(unit.errors?.[0]).toMatchObject({
        message: '单位格式不正确（应为 UUID）',
        extensions: { code: 'BAD_USER_INPUT' },
      })
    },
  )

  it(
    'a unit’s head reads their own unit’s figures when no unit is given, the same as a county leader asking for ' +
      'it',
    async () => {
      const { eastHead, leader } = county().agents
      const ownUnitQueries: StatisticsQuery[] = [FunnelQuery, BreakdownQuery, StaffQuery, EventsQuery]
      for (const query of ownUnitQueries) {
        expect(await ask(eastHead, query, { year: 2026 })).toEqual(
          await ask(leader, query, { year: 2026, unitId: units().east }),
        )
      }
    },
  )

  it('a department reads the support figures of the requests assigned to it, and nothing else', async () => {
    const hrss = county().units.hrss.id
    const rows = (await ask(county().agents.hrss, SupportQuery, { year: 2026 })).supportRequestStatistics
    const expected = await bruteForceStatistics(db().prisma, 2026, hrss)
    expect(rows[0]!.total).toBe(expected.support.find((row) => row.category === null)!.total)
    expect(rows[0]!.total).toBeGreaterThan(0)
    expect(errorCode(await county().agents.hrss.request(FunnelQuery, { year: 2026 }))).toBe('FORBIDDEN')
  })

  it('the trainees’ sectors span one to ten years', async () => {
    const result = await county().agents.leader.request(SectorsQuery, { year: 2026, years: 11 })
    expect(result.errors?.[0]).toMatchObject({ message: '年数应为 1–10', extensions: { code: 'BAD_USER_INPUT' } })
  })
})
