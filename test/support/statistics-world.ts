// A random but reproducible county for the statistics: talents of every sector and class, projects logged
// around both year ends with a StageChange history (jumps over stages, steps back, lost and paused ones, some
// imported with no history at all), credit moved and split, signings and landings with money, follow-ups by
// staff (one staff member who does nothing), support requests, program applications over five years, events.
import { uuidv7 } from 'uuidv7'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import { SourceChannel, SupportCategory, Sector, type Stage } from '../../server/src/generated/prisma/enums.ts'
import { stages } from '@talent/rules/stage'

const countyDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
export const countyDay = (at: Date) => countyDays.format(at)

/** mulberry32: the same world on PGlite and PostgreSQL. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface StatisticsCounty {
  /** Units that own projects. */
  units: string[]
  departments: string[]
  /** Everyone who may log leads, own projects and write follow-ups; the last one never does anything. */
  recruiters: { id: string; unitId: string }[]
}

const hour = 3_600_000
const day = 24 * hour

export async function seedStatisticsWorld(prisma: PrismaClient, county: StatisticsCounty, seed = 11) {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const maybe = <T>(chance: number, value: () => T) => (next() < chance ? value() : null)
  // From 2025-11 to 2027-01, so that both year ends are crossed; a third fall within an hour of county midnight.
  const instant = (fromMs = Date.parse('2025-11-01T00:00:00Z'), spanMs = 456 * day) => {
    const at = new Date(fromMs + next() * spanMs)
    if (next() < 0.33) at.setUTCHours(15 + Math.floor(next() * 2), Math.floor(next() * 60))
    return at
  }
  const dateOf = (at: Date) => new Date(`${countyDay(at)}T00:00:00Z`)
  // The last recruiter is the idle one: never a maker, owner or author.
  const busy = county.recruiters.slice(0, -1)
  const recruiterOf = (unitId: string) => pick(busy.filter((r) => r.unitId === unitId))
  const anyone = busy[0]!.id

  const talents = Array.from({ length: 80 }, (_, i) => ({
    id: uuidv7(),
    name: `人才${i}`,
    talentClass: pick(['A', 'B', 'C', 'D', 'NONE', 'NONE'] as const),
    birthYear: maybe(0.9, () => 1960 + Math.floor(next() * 48)),
    sector: maybe(0.85, () => pick(Object.values(Sector))),
  }))
  await prisma.talent.createMany({ data: talents })

  const projects = Array.from({ length: 160 }, () => {
    const unitId = pick(county.units)
    const maker = next() < 0.1 ? pick(busy) : recruiterOf(unitId)
    return {
      id: uuidv7(),
      title: '项目',
      talentId: pick(talents).id,
      unitId,
      creditUnitId: next() < 0.15 ? pick(county.units) : unitId,
      industry: pick(['新材料', '生物医药', '智能制造', '数字经济', null]),
      sourceChannel: pick(Object.values(SourceChannel)),
      createdById: maker.id,
      ownerId: maybe(0.85, () => recruiterOf(unitId).id),
      createdAt: instant(),
      stage: 'LEAD' as Stage,
      status: 'ACTIVE' as 'ACTIVE' | 'ON_HOLD' | 'LOST',
    }
  })
  const history: {
    projectId: string
    fromStage: Stage | null
    toStage: Stage
    fromStatus: 'ACTIVE' | null
    toStatus: 'ACTIVE' | 'ON_HOLD' | 'LOST'
    at: Date
    byId: string
  }[] = []
  const activeUnit = new Map<string, string>()
  const waiting = new Set<string>()
  for (const project of projects) {
    const imported = next() < 0.08
    let position = 0
    let at = project.createdAt
    if (!imported)
      history.push({
        projectId: project.id,
        fromStage: null,
        toStage: 'LEAD',
        fromStatus: null,
        toStatus: 'ACTIVE',
        at,
        byId: project.createdById,
      })
    const moves = Math.floor(next() * 8)
    for (let i = 0; i < moves && position < stages.length - 1; i++) {
      // Mostly one stage on, sometimes two at once (the skipped stage takes no time), now and then one back.
      const step = position > 0 && next() < 0.12 ? -1 : next() < 0.2 ? 2 : 1
      const to = Math.min(stages.length - 1, position + step)
      at = new Date(at.getTime() + (next() < 0.1 ? 0 : Math.floor(next() * 40 * day)))
      if (!imported)
        history.push({
          projectId: project.id,
          fromStage: stages[position]!,
          toStage: stages[to]!,
          fromStatus: 'ACTIVE',
          toStatus: 'ACTIVE',
          at,
          byId: project.ownerId ?? anyone,
        })
      position = to
    }
    project.stage = stages[position]!
    project.status = pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'ON_HOLD', 'LOST'] as const)
    // Claim protection: every project is written while followed (its signing needs that) and only later paused
    // or dropped, so the first unit to follow a talent holds the claim; another unit's project for them waits.
    const followedBy = activeUnit.get(project.talentId)
    if (followedBy && followedBy !== project.unitId) {
      project.status = 'ON_HOLD'
      waiting.add(project.id)
    } else activeUnit.set(project.talentId, project.unitId)
    if (project.status !== 'ACTIVE' && !imported) {
      history.push({
        projectId: project.id,
        fromStage: project.stage,
        toStage: project.stage,
        fromStatus: 'ACTIVE',
        toStatus: project.status,
        at: new Date(at.getTime() + day),
        byId: anyone,
      })
    }
  }
  // Signed and landed while followed; paused or dropped afterwards (the database records no signing on a
  // project that is not followed).
  await prisma.project.createMany({
    data: projects.map((project) => ({
      ...project,
      status: waiting.has(project.id) ? ('ON_HOLD' as const) : ('ACTIVE' as const),
    })),
  })
  await prisma.stageChange.createMany({ data: history })

  const furthest = new Map<string, number>()
  for (const p of projects) furthest.set(p.id, stages.indexOf(p.stage))
  for (const h of history) furthest.set(h.projectId, Math.max(furthest.get(h.projectId)!, stages.indexOf(h.toStage)))
  // One talent's venture is credited by one unit: a talent's other signed projects stay with that unit.
  const claimedBy = new Map<string, string>()
  const signed = projects.filter(
    (p) =>
      furthest.get(p.id)! >= stages.indexOf('SIGNED') &&
      !waiting.has(p.id) &&
      (claimedBy.get(p.talentId) ?? claimedBy.set(p.talentId, p.creditUnitId).get(p.talentId)) === p.creditUnitId,
  )
  await prisma.signing.createMany({
    data: signed.map((p) => ({
      projectId: p.id,
      signedAt: dateOf(instant()),
      agreementKind: 'INVESTMENT' as const,
      investmentAgreed: maybe(0.8, () => (Math.floor(next() * 500000) / 100).toFixed(2)),
    })),
  })
  const landed = signed.filter((p) => furthest.get(p.id)! >= stages.indexOf('LANDED'))
  await prisma.landing.createMany({
    data: landed.map((p, i) => ({
      projectId: p.id,
      companyName: `公司${i}`,
      uscc: `STAT${String(i).padStart(14, '0')}`,
      registeredAt: dateOf(instant()),
      registeredCapital: maybe(0.8, () => (Math.floor(next() * 300000) / 100).toFixed(2)),
    })),
  })
  for (const status of ['ON_HOLD', 'LOST'] as const) {
    await prisma.project.updateMany({
      where: { id: { in: projects.filter((p) => p.status === status).map((p) => p.id) } },
      data: { status },
    })
  }
  await prisma.creditShare.createMany({
    data: projects
      .filter(() => next() < 0.1)
      .flatMap((p) => {
        const other = county.units.find((u) => u !== p.creditUnitId)!
        return [
          { projectId: p.id, unitId: p.creditUnitId, share: 0.7, reason: '联合招引', setById: anyone },
          { projectId: p.id, unitId: other, share: 0.3, reason: '联合招引', setById: anyone },
        ]
      }),
  })

  await prisma.activity.createMany({
    data: Array.from({ length: 400 }, () => ({
      projectId: pick(projects).id,
      kind: pick(['CALL', 'VISIT', 'MESSAGE'] as const),
      occurredAt: instant(),
      summary: '跟进',
      authorId: pick(busy).id,
    })),
  })
  await prisma.supportRequest.createMany({
    data: Array.from({ length: 90 }, () => {
      const status = pick(['OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED'] as const)
      const createdAt = instant()
      const resolvedAt =
        status === 'RESOLVED' || status === 'CLOSED'
          ? new Date(createdAt.getTime() + Math.floor(next() * 30 * day))
          : null
      return {
        projectId: pick(projects).id,
        category: pick(Object.values(SupportCategory)),
        description: '诉求',
        departmentId: status === 'OPEN' ? null : pick(county.departments),
        status,
        createdAt,
        resolvedAt,
        satisfaction: status === 'CLOSED' ? maybe(0.8, () => 1 + Math.floor(next() * 5)) : null,
        createdById: anyone,
      }
    }),
  })

  const programs = await Promise.all(
    ['SSC', 'SSS', 'S333'].map((code) =>
      prisma.program.create({ data: { code, name: `计划${code}`, level: 'PROVINCE' } }),
    ),
  )
  await prisma.programApplication.createMany({
    data: talents.flatMap((talent) =>
      programs.flatMap((program) =>
        [2022, 2023, 2024, 2025, 2026]
          .filter(() => next() < 0.25)
          .map((year) => ({
            id: uuidv7(),
            programId: program.id,
            year,
            talentId: talent.id,
            unitId: pick(county.units),
            status: pick(['RESERVE', 'COACHING', 'SUBMITTED', 'SELECTED', 'REJECTED'] as const),
            // Some are entered after the year has ended: the youth reserve of that year leaves them out, as the
            // assessment does.
            createdAt: instant(Date.parse(`${year - 1}-12-01T00:00:00Z`), 420 * day),
          })),
      ),
    ),
  })
  const events = Array.from({ length: 30 }, (_, i) => ({
    id: uuidv7(),
    kind: 'SALON' as const,
    title: `沙龙${i}`,
    heldOn: dateOf(instant()),
    organiserUnitId: pick([...county.units, ...county.departments]),
  }))
  await prisma.serviceEvent.createMany({ data: events })
  await prisma.serviceEventParticipant.createMany({
    data: events.flatMap((e) => talents.filter(() => next() < 0.08).map((t) => ({ eventId: e.id, talentId: t.id }))),
  })
}
