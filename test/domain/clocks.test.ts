import { describe, expect, it } from 'vitest'
import { lightOf, openDeadlines, type ProjectClockFacts } from '../../server/src/domain/clocks.ts'

// Friday 2026-11-20, 10:00 in the county (02:00 UTC).
const friday = new Date('2026-11-20T02:00:00Z')
const lead = (facts: Partial<ProjectClockFacts> = {}): ProjectClockFacts => ({
  status: 'ACTIVE',
  createdAt: friday,
  referrer: null,
  firstContactedAt: null,
  assessedAt: null,
  referrerAnsweredAt: null,
  nextFollowUpAt: null,
  ...facts,
})

describe('response clocks', () => {
  it('gives a Friday lead until the end of Monday for first contact, and Wednesday for assessment', () => {
    const deadlines = openDeadlines(lead())
    expect(deadlines).toEqual([
      { kind: 'FIRST_CONTACT', dueAt: new Date('2026-11-23T15:59:59.999Z') },
      { kind: 'ASSESSMENT', dueAt: new Date('2026-11-25T15:59:59.999Z') },
    ])
  })

  it('owes the referrer an answer within a week, until it is given', () => {
    const pending = openDeadlines(lead({ referrer: '王校友', firstContactedAt: friday, assessedAt: friday }))
    expect(pending).toEqual([{ kind: 'REFERRER_ANSWER', dueAt: new Date('2026-11-27T15:59:59.999Z') }])
    expect(
      openDeadlines(
        lead({ referrer: '王校友', firstContactedAt: friday, assessedAt: friday, referrerAnsweredAt: friday }),
      ),
    ).toEqual([])
  })

  it('stops every clock on a lost or paused project', () => {
    expect(openDeadlines(lead({ status: 'LOST' }))).toEqual([])
    expect(openDeadlines(lead({ status: 'ON_HOLD' }))).toEqual([])
  })
})

describe('the 三色 light', () => {
  const followUp = (iso: string) => [{ kind: 'FOLLOW_UP' as const, dueAt: new Date(iso) }]

  it('is red once a deadline has passed', () => {
    expect(lightOf(followUp('2026-11-24T01:00:00Z'), new Date('2026-11-24T02:00:00Z'))).toBe('RED')
  })

  it('is yellow when a deadline falls within three days, counted on the county calendar', () => {
    expect(lightOf(followUp('2026-11-27T10:00:00Z'), new Date('2026-11-24T02:00:00Z'))).toBe('YELLOW')
  })

  it('is green when every deadline is further away, or there is none', () => {
    expect(lightOf(followUp('2026-11-28T17:00:00Z'), new Date('2026-11-24T02:00:00Z'))).toBe('GREEN')
    expect(lightOf([], new Date())).toBe('GREEN')
  })
})
