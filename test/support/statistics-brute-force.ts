// Every statistic counted row by row in plain JavaScript over everything in the database, to check the SQL
// against: the same year in county time, the same unit, the same credit rule, written without the server's code.
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import { stages } from '@talent/rules/stage'
import { countyDay } from './statistics-world.ts'

const dateColumn = (at: Date) => at.toISOString().slice(0, 10)
const monthOf = (dayString: string) => Number(dayString.slice(5, 7))
const round = (value: number, places = 4) => Math.round(value * 10 ** places) / 10 ** places

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Adds to a tally under a key, creating it at zero. */
function tally<K extends string>(
  map: Map<string, Record<K, number>>,
  key: string,
  fields: K[],
  add: Partial<Record<K, number>>,
) {
  const row = map.get(key) ?? (Object.fromEntries(fields.map((f) => [f, 0])) as Record<K, number>)
  for (const [field, amount] of Object.entries(add) as [K, number][]) row[field] += amount
  map.set(key, row)
}

export async function bruteForceStatistics(
  prisma: PrismaClient,
  year: number,
  unitId: string | null,
  youthAgeLimit = 35,
) {
  const inYear = (at: Date | null) => !!at && countyDay(at).startsWith(`${year}-`)
  const dayInYear = (dateOnly: Date | null) => !!dateOnly && dateColumn(dateOnly).startsWith(`${year}-`)
  const ofUnit = (id: string | null) => unitId === null || id === unitId
  const projects = await prisma.project.findMany({
    include: { stageChanges: true, signing: true, landing: true, creditShares: true, talent: true },
  })

  // The funnel: projects logged in the year, owned by the unit.
  const cohort = projects.filter((p) => inYear(p.createdAt) && ofUnit(p.unitId))
  const reachedAt = (p: (typeof cohort)[number], position: number) =>
    position === 0
      ? p.createdAt.getTime()
      : Math.min(...p.stageChanges.filter((h) => stages.indexOf(h.toStage) >= position).map((h) => h.at.getTime()))
  const furthestOf = (p: (typeof projects)[number]) =>
    Math.max(stages.indexOf(p.stage), ...p.stageChanges.map((h) => stages.indexOf(h.toStage)))
  // A signing counts once the project reached 签约, a landing once it reached 落地注册.
  const signedOf = (p: (typeof projects)[number]) => !!p.signing && furthestOf(p) >= stages.indexOf('SIGNED')
  const landedOf = (p: (typeof projects)[number]) => !!p.landing && furthestOf(p) >= stages.indexOf('LANDED')
  const funnel = stages.map((stage, position) => {
    const reached = cohort.filter((p) => furthestOf(p) >= position)
    const onward = reached.filter((p) => furthestOf(p) >= position + 1)
    const seconds = onward
      .map((p) => (reachedAt(p, position + 1) - reachedAt(p, position)) / 1000)
      .filter((s) => Number.isFinite(s))
    const standing = cohort.filter((p) => p.stage === stage)
    const days = median(seconds)
    return {
      stage,
      reached: reached.length,
      conversionToNext:
        position === stages.length - 1 || reached.length === 0 ? null : round(onward.length / reached.length),
      timedToNext: seconds.length,
      medianDaysToNext: days === null ? null : round(days / 86_400),
      active: standing.filter((p) => p.status === 'ACTIVE').length,
      onHold: standing.filter((p) => p.status === 'ON_HOLD').length,
      lost: standing.filter((p) => p.status === 'LOST').length,
    }
  })

  // Logged, signed, landed by group, and the landed projects' money, under the credit rule.
  const fields = ['logged', 'signed', 'landed'] as const
  const groups = new Map<string, Record<(typeof fields)[number], number>>()
  const investment = new Map<string, Record<'landed' | 'investmentAgreed' | 'registeredCapital', number>>()
  for (const p of projects) {
    const credit = p.creditShares.length
      ? p.creditShares.map((s) => ({ unit: s.unitId, share: Number(s.share) }))
      : [{ unit: p.creditUnitId, share: 1 }]
    for (const { unit, share } of credit.filter((c) => ofUnit(c.unit))) {
      const events: [(typeof fields)[number], number][] = []
      if (inYear(p.createdAt)) events.push(['logged', monthOf(countyDay(p.createdAt))])
      if (signedOf(p) && dayInYear(p.signing!.signedAt))
        events.push(['signed', monthOf(dateColumn(p.signing!.signedAt))])
      if (landedOf(p) && dayInYear(p.landing!.registeredAt))
        events.push(['landed', monthOf(dateColumn(p.landing!.registeredAt))])
      for (const [field, month] of events) {
        for (const key of [
          'total',
          `unit:${unit}`,
          `industry:${p.industry}`,
          `class:${p.talent.talentClass}`,
          `channel:${p.sourceChannel}`,
          `month:${month}`,
        ])
          tally(groups, key, [...fields], { [field]: share })
      }
      if (landedOf(p) && dayInYear(p.landing!.registeredAt)) {
        const money = {
          landed: share,
          investmentAgreed: share * Number(p.signing?.investmentAgreed ?? 0),
          registeredCapital: share * Number(p.landing!.registeredCapital ?? 0),
        }
        for (const key of ['total', unit])
          tally(investment, key, ['landed', 'investmentAgreed', 'registeredCapital'], money)
      }
    }
  }

  // Support requests raised in the year: of the unit's projects or assigned to the unit.
  const requests = (await prisma.supportRequest.findMany({ include: { project: true } })).filter(
    (r) => inYear(r.createdAt) && (unitId === null || r.project.unitId === unitId || r.departmentId === unitId),
  )
  const support = [null, ...new Set(requests.map((r) => r.category))].map((category) => {
    const rows = requests.filter((r) => category === null || r.category === category)
    const hours = median(
      rows.filter((r) => r.resolvedAt).map((r) => (r.resolvedAt!.getTime() - r.createdAt.getTime()) / 3_600_000),
    )
    const ratings = rows.flatMap((r) => (r.satisfaction === null ? [] : [r.satisfaction]))
    const count = (status: string) => rows.filter((r) => r.status === status).length
    return {
      category,
      total: rows.length,
      open: count('OPEN'),
      assigned: count('ASSIGNED'),
      inProgress: count('IN_PROGRESS'),
      resolvedNow: count('RESOLVED'),
      closed: count('CLOSED'),
      rejected: count('REJECTED'),
      resolved: rows.filter((r) => r.resolvedAt).length,
      medianResolutionHours: hours === null ? null : round(hours, 2),
      averageSatisfaction: ratings.length ? round(ratings.reduce((a, b) => a + b, 0) / ratings.length, 2) : null,
      rated: ratings.length,
    }
  })

  // Program trainees by sector per year, and the youth reserve: distinct talents.
  const applications = (await prisma.programApplication.findMany({ include: { talent: true } })).filter((a) =>
    ofUnit(a.unitId),
  )
  const traineesOf = (y: number, sector: string | null | undefined, selectedOnly: boolean) =>
    new Set(
      applications
        .filter(
          (a) =>
            a.year === y &&
            (sector === undefined || a.talent.sector === sector) &&
            (!selectedOnly || a.status === 'SELECTED'),
        )
        .map((a) => a.talentId),
    ).size
  const youthRows = applications.filter(
    (a) =>
      a.year === year &&
      a.createdAt < new Date(`${year + 1}-01-01T00:00:00+08:00`) &&
      a.talent.birthYear !== null &&
      year - a.talent.birthYear < youthAgeLimit,
  )
  const youthOf = (rows: typeof youthRows) => ({
    talents: new Set(rows.map((a) => a.talentId)).size,
    selected: new Set(rows.filter((a) => a.status === 'SELECTED').map((a) => a.talentId)).size,
  })
  const youth = new Map([
    ['total', youthOf(youthRows)],
    ...[...new Set(youthRows.map((a) => a.unitId))].map(
      (u) => [u, youthOf(youthRows.filter((a) => a.unitId === u))] as const,
    ),
  ])

  // Per staff member: leads they logged, follow-ups they wrote, projects they own signed or landed in the year.
  const activities = await prisma.activity.findMany()
  const users = (
    await prisma.user.findMany({ where: { role: { in: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER'] } } })
  ).filter((u) => ofUnit(u.unitId))
  const staff = users
    .map((u) => {
      const written = activities.filter((a) => a.authorId === u.id && inYear(a.occurredAt))
      const owned = projects.filter((p) => p.ownerId === u.id)
      return {
        userUuid: u.id,
        name: u.name,
        active: u.active,
        leads: projects.filter((p) => p.createdById === u.id && inYear(p.createdAt)).length,
        followUps: written.length,
        signed: owned.filter((p) => signedOf(p) && dayInYear(p.signing!.signedAt)).length,
        landed: owned.filter((p) => landedOf(p) && dayInYear(p.landing!.registeredAt)).length,
        lastFollowUpAt: written.length
          ? new Date(Math.max(...written.map((a) => a.occurredAt.getTime()))).toISOString()
          : null,
      }
    })
    .filter((s) => s.active || s.leads + s.followUps + s.signed + s.landed > 0)

  // Events held in the year by the unit, per unit and county month.
  const heldEvents = (await prisma.serviceEvent.findMany({ include: { participants: true } })).filter(
    (e) => dayInYear(e.heldOn) && ofUnit(e.organiserUnitId),
  )
  const eventsOf = (rows: typeof heldEvents) => ({
    events: rows.length,
    attendances: rows.reduce((n, e) => n + e.participants.length, 0),
    talents: new Set(rows.flatMap((e) => e.participants.map((x) => x.talentId))).size,
  })
  const eventKeys = heldEvents.flatMap((e) => {
    const m = monthOf(dateColumn(e.heldOn))
    return ['total', `unit:${e.organiserUnitId}`, `month:${m}`, `unit:${e.organiserUnitId}/month:${m}`]
  })
  const events = new Map(
    [...new Set(['total', ...eventKeys])].map((key) => [
      key,
      eventsOf(
        heldEvents.filter((e) => {
          const m = monthOf(dateColumn(e.heldOn))
          return (
            key === 'total' ||
            key === `unit:${e.organiserUnitId}` ||
            key === `month:${m}` ||
            key === `unit:${e.organiserUnitId}/month:${m}`
          )
        }),
      ),
    ]),
  )

  return { funnel, groups, investment, support, traineesOf, youth, staff, events }
}
