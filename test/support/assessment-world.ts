// A random but reproducible county year for the assessment: projects logged, signed and landed around the
// county's new year, credit moved and split, program applications, spending, events and support requests;
// and a brute-force count of every metric over the same rows, in plain JavaScript, to check the SQL against.
import { uuidv7 } from 'uuidv7'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import type { CountedMetric, CountingWindow } from '../../server/src/schema/assessment/assessment-actuals.ts'
import { stages } from '@talent/rules/stage'

// Written apart from the server's date-fns code on purpose: Intl gives the county day independently.
const countyDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
const countyDay = (at: Date) => countyDays.format(at)

/** mulberry32: the same world on PGlite and PostgreSQL. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Instants from 2025-11 to 2027-01, so that both year ends are crossed; many fall near county midnight.
const startMs = Date.parse('2025-11-01T00:00:00Z')
const spanMs = Date.parse('2027-01-31T00:00:00Z') - startMs

export async function seedAssessmentWorld(
  prisma: PrismaClient,
  unitIds: { parks: string[]; towns: string[]; departments: string[] },
  userId: string,
  seed = 7,
) {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const instant = () => {
    const at = new Date(startMs + next() * spanMs)
    // A third land within an hour of county midnight (16:00 UTC), where a UTC-day count would go wrong.
    if (next() < 0.33) at.setUTCHours(15 + Math.floor(next() * 2), Math.floor(next() * 60))
    return at
  }
  const day = () => new Date(`${countyDay(instant())}T00:00:00Z`)
  const units = [...unitIds.parks, ...unitIds.towns]
  const national = await prisma.program.create({
    data: { code: 'GJ', name: '国家重大人才计划', level: 'NATIONAL', isNationalMajor: true },
  })
  const province = await prisma.program.create({ data: { code: 'SSC', name: '省双创计划', level: 'PROVINCE' } })

  const talents = Array.from({ length: 60 }, (_, i) => ({
    id: uuidv7(),
    name: `人才${i}`,
    talentClass: pick(['A', 'B', 'C', 'D', 'NONE', 'NONE'] as const),
    birthYear: 1960 + Math.floor(next() * 45),
  }))
  await prisma.talent.createMany({ data: talents })
  const projects = talents.flatMap((talent, i) => {
    const count = i % 5 === 0 ? 2 : 1
    let followedBy: string | null = null
    return Array.from({ length: count }, () => {
      const unitId = pick(units)
      // Claim protection: a second unit's project for a talent another unit follows is not active (it waits).
      const status = followedBy && followedBy !== unitId ? ('ON_HOLD' as const) : ('ACTIVE' as const)
      followedBy ??= unitId
      return {
        id: uuidv7(),
        title: `项目${talent.name}`,
        talentId: talent.id,
        unitId,
        status,
        creditUnitId: next() < 0.15 ? pick(units) : unitId,
        sourceChannel: 'REFERRAL' as const,
        createdById: userId,
        createdAt: instant(),
      }
    })
  })
  await prisma.project.createMany({ data: projects })
  // One talent's venture is credited by one unit (a talent's other signed projects stay with that unit), and
  // only a project being followed records a signing: the one waiting on another unit's claim is never signed.
  const claimedBy = new Map<string, string>()
  const signed = projects
    .filter(() => next() < 0.6)
    .filter((p) => p.status === 'ACTIVE')
    .filter(
      (p) =>
        (claimedBy.get(p.talentId) ?? claimedBy.set(p.talentId, p.creditUnitId).get(p.talentId)) === p.creditUnitId,
    )
  await prisma.signing.createMany({
    data: signed.map((p) => ({ projectId: p.id, signedAt: day(), agreementKind: 'INVESTMENT' as const })),
  })
  const landed = signed.filter(() => next() < 0.7)
  await prisma.landing.createMany({
    data: landed.map((p, i) => ({
      projectId: p.id,
      companyName: `公司${i}`,
      uscc: `USCC${String(i).padStart(14, '0')}`,
      registeredAt: day(),
    })),
  })
  // The stage screen moves a project to 签约 once its signing is recorded and to 落地注册 after its landing; every
  // tenth signed project still waits at 洽谈 with its records written, which counts for nothing yet.
  const waiting = new Set(signed.filter((_, i) => i % 10 === 3).map((p) => p.id))
  const moveTo = (stage: 'SIGNED' | 'LANDED' | 'NEGOTIATING', rows: typeof projects) =>
    prisma.project.updateMany({ where: { id: { in: rows.map((p) => p.id) } }, data: { stage } })
  await moveTo(
    'SIGNED',
    signed.filter((p) => !waiting.has(p.id)),
  )
  await moveTo(
    'LANDED',
    landed.filter((p) => !waiting.has(p.id)),
  )
  await moveTo(
    'NEGOTIATING',
    signed.filter((p) => waiting.has(p.id)),
  )
  const split = projects.filter(() => next() < 0.1)
  await prisma.creditShare.createMany({
    data: split.flatMap((p) => {
      const other = units.find((u) => u !== p.creditUnitId)!
      return [
        { projectId: p.id, unitId: p.creditUnitId, share: 0.6, reason: '联合招引', setById: userId },
        { projectId: p.id, unitId: other, share: 0.4, reason: '联合招引', setById: userId },
      ]
    }),
  })
  const applications = talents.flatMap((talent) =>
    [national, province]
      .filter(() => next() < 0.4)
      .flatMap((program) =>
        [2025, 2026]
          .filter(() => next() < 0.6)
          .map((year) => {
            const status = pick(['RESERVE', 'COACHING', 'SUBMITTED', 'SELECTED', 'REJECTED'] as const)
            const decided = status === 'SELECTED' || status === 'REJECTED'
            return {
              id: uuidv7(),
              programId: program.id,
              year,
              talentId: talent.id,
              unitId: pick(units),
              status,
              createdAt: instant(),
              submittedAt: status === 'SUBMITTED' || decided ? instant() : null,
              decidedAt: decided ? instant() : null,
            }
          }),
      ),
  )
  await prisma.programApplication.createMany({ data: applications })
  await prisma.talentSpending.createMany({
    data: Array.from({ length: 40 }, () => ({
      unitId: pick(units),
      spentOn: day(),
      amount: Math.round(next() * 50000) / 100,
      purpose: '人才公寓',
    })),
  })
  const events = Array.from({ length: 12 }, (_, i) => ({
    id: uuidv7(),
    kind: 'SALON' as const,
    title: `沙龙${i}`,
    heldOn: day(),
    organiserUnitId: pick(units),
  }))
  await prisma.serviceEvent.createMany({ data: events })
  await prisma.serviceEventParticipant.createMany({
    data: events.flatMap((e) => talents.filter(() => next() < 0.1).map((t) => ({ eventId: e.id, talentId: t.id }))),
  })
  await prisma.supportRequest.createMany({
    data: projects
      .filter(() => next() < 0.3)
      .map((p) => {
        const status = pick(['ASSIGNED', 'RESOLVED', 'CLOSED', 'REJECTED'] as const)
        return {
          projectId: p.id,
          category: 'HIRING' as const,
          description: '招工',
          departmentId: pick(unitIds.departments),
          status,
          resolvedAt: status === 'RESOLVED' || status === 'CLOSED' ? instant() : null,
          createdById: userId,
        }
      }),
  })
}

const dateColumn = (at: Date) => at.toISOString().slice(0, 10)
const countyMidnight = (dateOnly: Date) => new Date(`${dateColumn(dateOnly)}T00:00:00+08:00`)

/** Every metric per unit, counted row by row from everything in the database. Keys: `${metric}:${unitId}`. */
export async function bruteForceActuals(prisma: PrismaClient, w: CountingWindow): Promise<Map<string, number>> {
  const inDays = (dayString: string) => dayString >= w.fromDay && dayString < w.untilDay
  const inTime = (at: Date | null) => !!at && at >= w.from && at < w.until
  const totals = new Map<string, number>()
  const add = (metric: CountedMetric, unitId: string, amount: number) =>
    totals.set(`${metric}:${unitId}`, (totals.get(`${metric}:${unitId}`) ?? 0) + amount)

  const projects = await prisma.project.findMany({
    include: {
      creditShares: true,
      signing: true,
      landing: true,
      stageChanges: true,
      talent: { include: { programApplications: { include: { program: true } } } },
    },
  })
  for (const project of projects) {
    const credit = project.creditShares.length
      ? project.creditShares.map((s) => ({ unitId: s.unitId, share: Number(s.share) }))
      : [{ unitId: project.creditUnitId, share: 1 }]
    // A signing counts once the project reached 签约, a landing once it reached 落地注册.
    const furthest = Math.max(
      stages.indexOf(project.stage),
      ...project.stageChanges.map((h) => stages.indexOf(h.toStage)),
    )
    const signing = furthest >= stages.indexOf('SIGNED') ? project.signing : null
    const landing = furthest >= stages.indexOf('LANDED') ? project.landing : null
    const landedAt = landing ? countyMidnight(landing.registeredAt) : null
    const selections = project.talent.programApplications
      .filter((a) => a.status === 'SELECTED' && a.program.isNationalMajor)
      .map((a) => (a.decidedAt ?? a.statusChangedAt).getTime())
    const nationalAt =
      landedAt && selections.length ? new Date(Math.max(landedAt.getTime(), Math.min(...selections))) : null
    for (const { unitId, share } of credit) {
      if (inTime(project.createdAt)) add('LEADS_LOGGED', unitId, share)
      if (signing && inDays(dateColumn(signing.signedAt))) add('PROJECTS_SIGNED', unitId, share)
      if (landing && inDays(dateColumn(landing.registeredAt))) {
        add('PROJECTS_LANDED', unitId, share)
        const talentClass = project.talent.talentClass
        if (talentClass === 'A' || talentClass === 'B' || talentClass === 'C')
          add(`CLASS_${talentClass}`, unitId, share)
      }
      if (nationalAt && inDays(countyDay(nationalAt))) add('NATIONAL_MAJOR_TALENTS', unitId, share)
    }
  }
  for (const s of await prisma.talentSpending.findMany())
    if (inDays(dateColumn(s.spentOn))) add('TALENT_INVESTMENT', s.unitId, Number(s.amount))
  const applications = await prisma.programApplication.findMany({ where: { year: w.year }, include: { talent: true } })
  const youth = new Set<string>()
  for (const a of applications) {
    if (['SUBMITTED', 'SELECTED', 'REJECTED'].includes(a.status) && a.submittedAt && a.submittedAt < w.until)
      add('APPLICATIONS_SUBMITTED', a.unitId, 1)
    if (a.status === 'SELECTED' && a.decidedAt && a.decidedAt < w.until) add('PROGRAM_SELECTIONS', a.unitId, 1)
    if (a.createdAt < w.until && a.talent.birthYear && w.year - a.talent.birthYear < w.youthAgeLimit)
      youth.add(`${a.unitId}/${a.talentId}`)
  }
  for (const key of youth) add('YOUTH_RESERVE', key.split('/')[0]!, 1)
  for (const e of await prisma.serviceEvent.findMany({ include: { participants: true } }))
    if (inDays(dateColumn(e.heldOn))) add('EVENT_PARTICIPANTS', e.organiserUnitId, e.participants.length)
  for (const r of await prisma.supportRequest.findMany()) {
    if (r.departmentId && (r.status === 'RESOLVED' || r.status === 'CLOSED') && inTime(r.resolvedAt))
      add('SUPPORT_RESOLVED', r.departmentId, 1)
  }
  return totals
}
