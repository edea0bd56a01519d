import { describe, expect, it } from 'vitest'
import {
  checkApplicationMove,
  datesAfterMove,
  outcomesBy,
  successRate,
  type OutcomeGroup,
} from '../../server/src/domain/program-application.ts'

describe('the application status machine', () => {
  it('moves forward one step, or from reserve straight to submitted', () => {
    expect(checkApplicationMove({ from: 'RESERVE', to: 'COACHING' })).toEqual({ ok: true, direction: 'forward' })
    expect(checkApplicationMove({ from: 'COACHING', to: 'SUBMITTED' })).toEqual({ ok: true, direction: 'forward' })
    expect(checkApplicationMove({ from: 'RESERVE', to: 'SUBMITTED' })).toEqual({ ok: true, direction: 'forward' })
  })

  it('records a decision only on a submitted application', () => {
    expect(checkApplicationMove({ from: 'SUBMITTED', to: 'SELECTED' })).toEqual({ ok: true, direction: 'decision' })
    expect(checkApplicationMove({ from: 'SUBMITTED', to: 'REJECTED' })).toEqual({ ok: true, direction: 'decision' })
    expect(checkApplicationMove({ from: 'COACHING', to: 'SELECTED' })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: '尚未提交申报，不能登记评审结果（当前为“辅导”）',
    })
    expect(checkApplicationMove({ from: 'RESERVE', to: 'REJECTED' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('尚未提交申报'),
    })
  })

  it('does not swap one decision for the other without going back to submitted', () => {
    expect(checkApplicationMove({ from: 'SELECTED', to: 'REJECTED', reason: '录错了' })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: '评审结果已登记为“入选”，如需更正，请先退回“申报”并填写原因',
    })
  })

  it('goes back exactly one step, with a reason', () => {
    expect(checkApplicationMove({ from: 'SUBMITTED', to: 'COACHING', reason: '材料退回补充' })).toEqual({
      ok: true,
      direction: 'back',
    })
    expect(checkApplicationMove({ from: 'SELECTED', to: 'SUBMITTED', reason: '误登记结果' })).toEqual({
      ok: true,
      direction: 'back',
    })
    expect(checkApplicationMove({ from: 'REJECTED', to: 'SUBMITTED', reason: '复核改判' })).toEqual({
      ok: true,
      direction: 'back',
    })
    expect(checkApplicationMove({ from: 'COACHING', to: 'RESERVE', reason: '人才暂缓申报' })).toEqual({
      ok: true,
      direction: 'back',
    })
    expect(checkApplicationMove({ from: 'COACHING', to: 'RESERVE', reason: '  ' })).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      message: '回退申报状态须填写原因',
    })
    expect(checkApplicationMove({ from: 'SUBMITTED', to: 'RESERVE', reason: '撤回' })).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      message: '只能回退一步（从“申报”只能退回“辅导”）',
    })
    expect(checkApplicationMove({ from: 'SELECTED', to: 'COACHING', reason: '撤回' })).toMatchObject({
      ok: false,
      message: '只能回退一步（从“入选”只能退回“申报”）',
    })
  })

  it('refuses a move to the status the application already has', () => {
    expect(checkApplicationMove({ from: 'COACHING', to: 'COACHING' })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: '申报已处于“辅导”状态',
    })
  })
})

describe('the dates a move leaves', () => {
  const now = new Date('2026-06-01T08:00:00Z')
  const earlier = new Date('2026-03-01T08:00:00Z')

  it('stamps the submission once and the decision when it is made', () => {
    expect(datesAfterMove({ submittedAt: null, decidedAt: null }, 'SUBMITTED', now)).toEqual({
      statusChangedAt: now,
      submittedAt: now,
      decidedAt: null,
    })
    expect(datesAfterMove({ submittedAt: earlier, decidedAt: null }, 'SELECTED', now)).toEqual({
      statusChangedAt: now,
      submittedAt: earlier,
      decidedAt: now,
    })
  })

  it('clears the date of the step it undoes', () => {
    expect(datesAfterMove({ submittedAt: earlier, decidedAt: now }, 'SUBMITTED', now)).toEqual({
      statusChangedAt: now,
      submittedAt: earlier,
      decidedAt: null,
    })
    expect(datesAfterMove({ submittedAt: earlier, decidedAt: null }, 'COACHING', now)).toEqual({
      statusChangedAt: now,
      submittedAt: null,
      decidedAt: null,
    })
  })
})

describe('success rate', () => {
  it('is selected over decided, and null while nothing is decided', () => {
    expect(successRate(1, 4)).toBe(0.25)
    expect(successRate(0, 3)).toBe(0)
    expect(successRate(0, 0)).toBeNull()
  })

  it('sums grouped counts, leaving pending applications out of the rate', () => {
    const groups: OutcomeGroup[] = [
      { programId: 'p1', unitId: 'east', status: 'SELECTED', count: 2 },
      { programId: 'p1', unitId: 'east', status: 'REJECTED', count: 2 },
      { programId: 'p1', unitId: 'west', status: 'SUBMITTED', count: 3 },
      { programId: 'p1', unitId: 'west', status: 'COACHING', count: 9 },
    ]
    const byProgram = outcomesBy(groups, (group) => group.programId)
    expect(byProgram.get('p1')).toEqual({ submitted: 7, selected: 2, rejected: 2, pending: 3, successRate: 0.5 })
    const byUnit = outcomesBy(groups, (group) => group.unitId)
    expect(byUnit.get('west')).toEqual({ submitted: 3, selected: 0, rejected: 0, pending: 3, successRate: null })
  })
})
