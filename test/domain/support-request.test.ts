import { describe, expect, it } from 'vitest'
import type { SupportStatus } from '../../server/src/generated/prisma/enums.ts'
import { nextStatus, type SupportAction } from '@talent/rules/support-request'
import {
  defaultSupportDue,
  isOverdue,
  parseSupportInput,
  ratingProblem,
  supportActionProblem,
} from '../../server/src/domain/support-request.ts'

const statuses: SupportStatus[] = ['OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED']

// Every status each action may start from; anything not listed must be refused.
const machine: Record<SupportAction, SupportStatus[]> = {
  assign: ['OPEN'],
  reassign: ['ASSIGNED', 'IN_PROGRESS'],
  progress: ['ASSIGNED', 'IN_PROGRESS'],
  resolve: ['ASSIGNED', 'IN_PROGRESS'],
  reject: ['ASSIGNED', 'IN_PROGRESS'],
  close: ['RESOLVED'],
  reopen: ['RESOLVED', 'REJECTED'],
}

describe('the support request status machine', () => {
  it('walks OPEN → ASSIGNED → IN_PROGRESS → RESOLVED → CLOSED', () => {
    let status: SupportStatus = 'OPEN'
    for (const action of ['assign', 'progress', 'resolve', 'close'] as const) {
      expect(supportActionProblem(action, status)).toBeNull()
      status = nextStatus[action]
    }
    expect(status).toBe('CLOSED')
  })

  it.each(
    Object.entries(machine).flatMap(([action, from]) =>
      statuses.map((status) => [action as SupportAction, status, from.includes(status)] as const),
    ),
  )('%s from %s allowed: %s', (action, status, allowed) => {
    const problem = supportActionProblem(action, status)
    if (allowed) expect(problem).toBeNull()
    else expect(problem).toMatch(/^诉求当前为“.+”，不能执行此操作$/)
  })

  it('ends a rejection or a hand-off where the next owner must act', () => {
    expect(nextStatus.reject).toBe('REJECTED')
    expect(nextStatus.reassign).toBe('ASSIGNED')
    expect(nextStatus.reopen).toBe('IN_PROGRESS')
    expect(supportActionProblem('close', 'IN_PROGRESS')).toBe('诉求当前为“办理中”，不能执行此操作')
  })

  it('takes a rating only once the request is settled', () => {
    expect(statuses.filter((status) => ratingProblem(status) === null)).toEqual(['RESOLVED', 'CLOSED'])
    expect(ratingProblem('ASSIGNED')).toBe('诉求当前为“已交办”，办结后才能评价满意度')
  })
})

describe('overdue and the default due date', () => {
  const now = new Date('2026-11-24T08:00:00Z')
  const yesterday = new Date('2026-11-23T08:00:00Z')

  it.each(statuses)('a %s request past its date is overdue only while still open', (status) => {
    expect(isOverdue({ status, dueAt: yesterday }, now)).toBe(['OPEN', 'ASSIGNED', 'IN_PROGRESS'].includes(status))
  })

  it('is not overdue before its date, nor without one', () => {
    expect(isOverdue({ status: 'IN_PROGRESS', dueAt: new Date('2026-11-25T08:00:00Z') }, now)).toBe(false)
    expect(isOverdue({ status: 'IN_PROGRESS', dueAt: now }, now)).toBe(false)
    expect(isOverdue({ status: 'ASSIGNED', dueAt: null }, now)).toBe(false)
  })

  it('gives ten working days, to the end of the day in the county', () => {
    // Tuesday 24 Nov 2026 + 10 working days = Tuesday 8 Dec, 23:59:59.999 in Asia/Shanghai
    expect(defaultSupportDue(new Date('2026-11-24T02:00:00Z')).toISOString()).toBe('2026-12-08T15:59:59.999Z')
    // 01:00 on Monday 30 Nov in the county is still Sunday in UTC: the county's Monday counts, + 10 = Monday 14 Dec
    expect(defaultSupportDue(new Date('2026-11-29T17:00:00Z')).toISOString()).toBe('2026-12-14T15:59:59.999Z')
  })

  it('counts from the next working day when made at the weekend, like a request made on the Friday', () => {
    // The day a request is made never counts; after Friday 4 Dec the next working day is Monday 7 Dec, so Friday,
    // Saturday and Sunday all give Monday 7 … Friday 18 Dec: ten whole working days, 12 calendar days from late Sunday.
    const friday18 = '2026-12-18T15:59:59.999Z'
    expect(defaultSupportDue(new Date('2026-12-04T23:30:00+08:00')).toISOString()).toBe(friday18)
    expect(defaultSupportDue(new Date('2026-12-05T09:30:00+08:00')).toISOString()).toBe(friday18)
    expect(defaultSupportDue(new Date('2026-12-06T23:30:00+08:00')).toISOString()).toBe(friday18)
    // A minute after that midnight it is Monday in the county (still Sunday in UTC), and the Monday does not count.
    expect(defaultSupportDue(new Date('2026-12-07T00:01:00+08:00')).toISOString()).toBe('2026-12-21T15:59:59.999Z')
  })
})

describe('support request input', () => {
  const step = {
    clientMutationId: '0190a6e0-0000-7000-8000-000000000001',
    id: '0190a6e0-0000-7000-8000-000000000002',
    version: 1,
  }

  it('refuses a hand-off or a rejection without a reason, in Chinese', () => {
    expect(() => parseSupportInput('reassign', { ...step, departmentId: step.id, reason: '   ' })).toThrow(
      '转办原因不能为空',
    )
    expect(() => parseSupportInput('reject', { ...step, reason: '' })).toThrow('退回原因不能为空')
  })

  it('keeps satisfaction to 1–5, required for a rating and optional when closing', () => {
    expect(parseSupportInput('rate', { ...step, satisfaction: 5 }).satisfaction).toBe(5)
    expect(() => parseSupportInput('rate', { ...step, satisfaction: 0 })).toThrow('满意度为 1–5 分')
    expect(() => parseSupportInput('rate', { ...step })).toThrow('请填写满意度（1–5 分）')
    expect(parseSupportInput('close', { ...step }).satisfaction).toBeUndefined()
  })
})
