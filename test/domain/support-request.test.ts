import { describe, expect, it } from 'vitest'
import { defaultSupportDue, isOverdue, supportActionProblem } from '../../server/src/domain/support-request.ts'

describe('support request rules', () => {
  it('follows OPEN → ASSIGNED → IN_PROGRESS → RESOLVED → CLOSED, with rejection and reopening', () => {
    expect(supportActionProblem('assign', 'OPEN')).toBeNull()
    expect(supportActionProblem('progress', 'ASSIGNED')).toBeNull()
    expect(supportActionProblem('resolve', 'IN_PROGRESS')).toBeNull()
    expect(supportActionProblem('close', 'RESOLVED')).toBeNull()
    expect(supportActionProblem('reopen', 'REJECTED')).toBeNull()
    expect(supportActionProblem('close', 'IN_PROGRESS')).toMatch(/办理中/)
    expect(supportActionProblem('reassign', 'CLOSED')).toMatch(/已关闭/)
  })

  it('is overdue only while still open and past its date', () => {
    const now = new Date('2026-11-24T08:00:00Z')
    expect(isOverdue({ status: 'IN_PROGRESS', dueAt: new Date('2026-11-23T08:00:00Z') }, now)).toBe(true)
    expect(isOverdue({ status: 'RESOLVED', dueAt: new Date('2026-11-23T08:00:00Z') }, now)).toBe(false)
    expect(isOverdue({ status: 'ASSIGNED', dueAt: null }, now)).toBe(false)
  })

  it('gives ten working days by default, to the end of the day in the county', () => {
    // Tuesday 24 Nov 2026 + 10 working days = Tuesday 8 Dec, 23:59:59 in Asia/Shanghai
    expect(defaultSupportDue(new Date('2026-11-24T02:00:00Z')).toISOString()).toBe('2026-12-08T15:59:59.999Z')
  })
})
