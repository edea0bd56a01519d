// The State Council's holiday notices (放假安排), as the chinese-days package carries them: updated each year when
// the notice is published, shipped as a plain JSON file, so the server needs no network to know them. Upgrading
// the package brings the next year's notice; the server loads each year once, so a day the office corrected or
// removed stays as the office left it.
import { createRequire } from 'node:module'
import type { PrismaClient } from '../generated/prisma/client.ts'

interface ChineseDays {
  /** '2025-10-01' → 'National Day,国庆节,3' */
  holidays: Record<string, string>
  /** The weekend days worked in a holiday's place (调休上班). */
  workdays: Record<string, string>
}

export interface OfficialDay {
  date: string
  working: boolean
  name: string
}

export function officialDays(): OfficialDay[] {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDays
  const named = (label: string) => label.split(',')[1] ?? label
  return [
    ...Object.entries(data.holidays).map(([date, label]) => ({ date, working: false, name: named(label) })),
    ...Object.entries(data.workdays).map(([date, label]) => ({ date, working: true, name: `${named(label)}调休上班` })),
  ]
}

/** Loads the official years not loaded before; returns them. Two servers starting at once load each year once. */
export async function loadOfficialCalendar(prisma: PrismaClient, days = officialDays()): Promise<number[]> {
  const years = [...new Set(days.map((day) => Number(day.date.slice(0, 4))))]
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.calendarYear.createManyAndReturn({
      data: years.map((year) => ({ year })),
      skipDuplicates: true,
      select: { year: true },
    })
    const loading = new Set(claimed.map((row) => row.year))
    if (loading.size === 0) return []
    // A day the office already entered for a year not yet loaded is the office's word: keep it.
    await tx.calendarDay.createMany({
      data: days
        .filter((day) => loading.has(Number(day.date.slice(0, 4))))
        .map((day) => ({ ...day, date: new Date(`${day.date}T00:00:00Z`), source: 'OFFICIAL' as const })),
      skipDuplicates: true,
    })
    return [...loading].sort()
  })
}
