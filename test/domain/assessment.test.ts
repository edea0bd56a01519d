// The 考核 rules on hand-computed cases: 多做多得，少做少得; the over-completion bonus and its cap; a zero
// target; the 双招双引 bonus and its cap; rankings with ties; the time-elapsed share behind the lagging list.
import { describe, expect, it } from 'vitest'
import {
  classBonus,
  elapsedShareOfYear,
  isLagging,
  rankByTotal,
  scoreIndicator,
} from '../../server/src/domain/assessment.ts'
import { countingWindow } from '../../server/src/schema/assessment/assessment-scores.ts'

const speech = { overBonusRate: 0.5, overBonusCapRatio: 0.2 }
const classes = { classBonusA: 1, classBonusB: 0.8, classBonusC: 0.5, classBonusCap: 5 }

describe('an indicator’s score', () => {
  it('is proportional below the target: 3 of 5 national talents on a 20-point indicator score 12', () => {
    expect(scoreIndicator(20, 5, 3, speech)).toEqual({ assessed: true, completion: 0.6, score: 12, bonus: 0 })
  })

  it('is the full weight at the target, with no bonus', () => {
    expect(scoreIndicator(20, 5, 5, speech)).toEqual({ assessed: true, completion: 1, score: 20, bonus: 0 })
  })

  it('earns weight × overshoot × rate above the target: 6 of 5 on 20 points adds 20 × 0.2 × 0.5 = 2', () => {
    expect(scoreIndicator(20, 5, 6, speech)).toEqual({ assessed: true, completion: 1.2, score: 20, bonus: 2 })
  })

  it('stops the bonus at its cap: 10 of 5 would add 5 points, the cap of 20% of 20 points is 4', () => {
    expect(scoreIndicator(20, 5, 10, speech)).toEqual({ assessed: true, completion: 2, score: 20, bonus: 4 })
  })

  it('reaches the cap exactly at 140% with the speech’s numbers', () => {
    expect(scoreIndicator(10, 800, 1120, speech).bonus).toBe(2)
  })

  it('is not assessed when the target is zero, whatever was done', () => {
    expect(scoreIndicator(20, 0, 3, speech)).toEqual({ assessed: false, completion: null, score: 0, bonus: 0 })
  })

  it('is zero with a target and nothing done (破零 is the goal)', () => {
    expect(scoreIndicator(15, 3, 0, speech)).toEqual({ assessed: true, completion: 0, score: 0, bonus: 0 })
  })

  it('follows the scheme’s own rate and cap', () => {
    expect(scoreIndicator(10, 4, 6, { overBonusRate: 1, overBonusCapRatio: 0.3 })).toMatchObject({
      score: 10,
      bonus: 3,
    })
    expect(scoreIndicator(10, 4, 5, { overBonusRate: 1, overBonusCapRatio: 0.3 })).toMatchObject({
      score: 10,
      bonus: 2.5,
    })
  })

  it('counts a split credit proportionally: 2.5 signings of 4 on 15 points score 9.375', () => {
    expect(scoreIndicator(15, 4, 2.5, speech)).toMatchObject({ completion: 0.625, score: 9.375 })
  })
})

describe('the 双招双引 bonus', () => {
  it('gives 1, 0.8 and 0.5 points per landed project led by a class A, B and C talent', () => {
    expect(classBonus({ A: 2, B: 1, C: 1 }, classes)).toEqual({ points: 3.3, uncapped: 3.3 })
  })

  it('stops at 5 points per unit and year', () => {
    expect(classBonus({ A: 4, B: 2, C: 1 }, classes)).toEqual({ points: 5, uncapped: 6.1 })
  })

  it('is zero without class A–C landings', () => {
    expect(classBonus({ A: 0, B: 0, C: 0 }, classes).points).toBe(0)
  })
})

describe('rankings', () => {
  it('rank highest first and give ties the same place (1, 2, 2, 4)', () => {
    const ranked = rankByTotal(
      [
        { name: '西部园区', total: 80 },
        { name: '东部园区', total: 95.5 },
        { name: '青山镇', total: 80 },
        { name: '城东街道', total: 60 },
      ],
      (u) => u.total,
    )
    expect(ranked.map(({ item, rank }) => `${rank} ${item.name}`)).toEqual([
      '1 东部园区',
      '2 西部园区',
      '2 青山镇',
      '4 城东街道',
    ])
  })
})

describe('time elapsed and the lagging list (季督)', () => {
  it('is the share of county days gone by, the day itself included', () => {
    expect(elapsedShareOfYear(2026, new Date('2026-06-30T12:00:00+08:00'))).toBeCloseTo(181 / 365, 4)
    expect(elapsedShareOfYear(2026, new Date('2026-12-31T23:59:00+08:00'))).toBe(1)
    expect(elapsedShareOfYear(2026, new Date('2025-12-31T23:59:00+08:00'))).toBe(0)
    // 2026-01-01 00:30 in the county is still 2025 in UTC.
    expect(elapsedShareOfYear(2026, new Date('2025-12-31T16:30:00Z'))).toBeCloseTo(1 / 365, 4)
    expect(elapsedShareOfYear(2028, new Date('2028-12-31T10:00:00+08:00'))).toBe(1)
  })

  it('lists an assessed indicator below the time-elapsed share, never an unassessed one', () => {
    const half = 181 / 365
    expect(isLagging(scoreIndicator(20, 5, 2, speech), half)).toBe(true)
    expect(isLagging(scoreIndicator(20, 4, 2, speech), half)).toBe(false)
    expect(isLagging(scoreIndicator(20, 0, 0, speech), half)).toBe(false)
  })
})

describe('the counting window', () => {
  it('runs from the county new year through the end of the county day of asOf', () => {
    const window = countingWindow(2026, new Date('2026-03-31T20:00:00Z'), 35)
    expect(window).toMatchObject({ fromDay: '2026-01-01', untilDay: '2026-04-02' })
    expect(window.from.toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(window.until.toISOString()).toBe('2026-04-01T16:00:00.000Z')
  })

  it('never runs past the year, nor before it', () => {
    expect(countingWindow(2025, new Date('2026-05-01T00:00:00Z'), 35)).toMatchObject({ untilDay: '2026-01-01' })
    const early = countingWindow(2027, new Date('2026-05-01T00:00:00Z'), 35)
    expect(early.until.getTime()).toBe(early.from.getTime())
  })
})
