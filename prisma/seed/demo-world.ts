// What the parts of the demo seed share: the transaction, the anchor time, the ids made so far, a seeded dice.
import type { Prisma } from '../../server/src/generated/prisma/client.ts'
import { followUpRange } from '../../server/src/domain/follow-up.ts'

export interface DemoWorld {
  tx: Prisma.TransactionClient
  now: Date
  unitIds: Map<string, string>
  userIds: Map<string, string>
}

/** mulberry32: the same demo county on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  }
}

export type Dice = ReturnType<typeof seededRandom>

const dayMs = 86_400_000

export function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * dayMs)
}

/** A calendar date (for @db.Date columns) some days from now. */
export function dateFrom(now: Date, days: number): Date {
  const day = daysFrom(now, days)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()))
}

/**
 * When each staff member's first open projects fall due, so that Today has something in every window on any
 * day in county time: two days overdue, later today, and (unless today ends the county's week) tomorrow at
 * 10:00. Whatever the weekday, a week that ends on Sunday leaves no other time both "this week" and not today.
 */
export function dueInEveryWindow(now: Date): Date[] {
  const endOfToday = followUpRange('TODAY', now).to
  const endOfWeek = followUpRange('THIS_WEEK', now).to
  const times = [daysFrom(now, -2), new Date(now.getTime() + (endOfToday.getTime() - now.getTime()) / 2)]
  if (endOfWeek > endOfToday) times.push(new Date(endOfToday.getTime() + 10 * 3_600_000))
  return times
}
