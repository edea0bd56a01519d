// Overdue support requests go up to the talent office (督办): each one once, with the escalation on record; one
// still not settled goes on, level by level, up the chain the office sets (`escalation`, domain/escalation.ts).
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { openSupportStatuses } from '@talent/rules/support-request'
import {
  escalationDueAt,
  nextEscalationLevel,
  officeEscalationLabel,
  officeEscalationLevel,
} from '../../domain/escalation.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { audit } from '../../write/audit.ts'
import { loadWorkingCalendar, readSetting } from '../../write/settings.ts'
import type { ScheduledJob } from '../../jobs/scheduler.ts'
import { noticeEscalations } from '../notice/escalation-notices.ts'

/**
 * Claims the overdue requests with one UPDATE … RETURNING, so that two servers (or an ADMIN and the
 * timer) running at once escalate each request once: the loser's UPDATE finds escalatedAt already set.
 * `byId` is null when the server's own timer escalates.
 */
export async function escalateOverdueSupportRequests(
  prisma: PrismaClient,
  options: { byId: string | null; now?: Date; address?: string | null },
): Promise<number> {
  const now = options.now ?? new Date()
  const toOffice = await prisma.$transaction((tx) => escalateToOffice(tx, now, options))
  const upTheChain = await prisma.$transaction((tx) => escalateUpTheChain(tx, now, options))
  return toOffice + upTheChain
}

const firstOffice = (tx: Transaction) =>
  tx.unit.findFirst({ where: { kind: 'OFFICE' }, orderBy: { createdAt: 'asc' }, select: { id: true } })

async function escalateToOffice(
  tx: Transaction,
  now: Date,
  options: { byId: string | null; address?: string | null },
): Promise<number> {
  const claimed = await tx.supportRequest.updateManyAndReturn({
    where: { status: { in: [...openSupportStatuses] }, dueAt: { lt: now }, escalatedAt: null },
    data: { escalatedAt: now, escalationLevel: officeEscalationLevel, lastEscalatedAt: now },
    select: { id: true, departmentId: true },
  })
  if (claimed.length === 0) return 0
  const office = await firstOffice(tx)
  await tx.supportRequestEvent.createMany({
    data: claimed.map((request) => ({
      requestId: request.id,
      kind: 'ESCALATED' as const,
      fromUnitId: request.departmentId,
      toUnitId: office?.id ?? null,
      note: '超期未办结，升级人才办督办',
      byId: options.byId,
      at: now,
    })),
  })
  await noticeEscalations(
    tx,
    claimed.map((request) => ({
      requestId: request.id,
      level: officeEscalationLevel,
      unitId: office?.id ?? null,
      label: officeEscalationLabel,
    })),
    options.byId,
  )
  await audit(tx, {
    actorId: options.byId,
    action: 'escalateOverdueSupportRequests',
    entity: 'SupportRequest',
    changes: { after: { escalated: claimed.map((request) => request.id) } },
    address: options.address ?? null,
  })
  return claimed.length
}

/**
 * Moves each request that waited its level's working days since its last escalation one level up. The
 * UPDATE names the level it read (`escalationLevel = n`), so of two passes at once only one moves it.
 */
async function escalateUpTheChain(
  tx: Transaction,
  now: Date,
  options: { byId: string | null; address?: string | null },
): Promise<number> {
  const { levels } = (await readSetting(tx, 'escalation')).value
  if (levels.length === 0) return 0
  const candidates = await tx.supportRequest.findMany({
    where: {
      status: { in: [...openSupportStatuses] },
      dueAt: { lt: now },
      escalationLevel: { gte: officeEscalationLevel, lte: levels.length },
      lastEscalatedAt: { not: null },
    },
    select: { id: true, escalationLevel: true, lastEscalatedAt: true },
  })
  if (candidates.length === 0) return 0
  const calendar = await loadWorkingCalendar(tx)
  const office = await firstOffice(tx)
  const moved: { id: string; level: number; label: string }[] = []
  const escalations: Parameters<typeof noticeEscalations>[1][number][] = []
  for (const request of candidates) {
    const next = nextEscalationLevel(request.escalationLevel, levels)
    if (!next || !request.lastEscalatedAt || escalationDueAt(request.lastEscalatedAt, next, calendar) >= now) continue
    const level = request.escalationLevel + 1
    const won = await tx.supportRequest.updateMany({
      where: { id: request.id, escalationLevel: request.escalationLevel, status: { in: [...openSupportStatuses] } },
      data: { escalationLevel: level, lastEscalatedAt: now },
    })
    if (won.count === 0) continue
    const from =
      request.escalationLevel === officeEscalationLevel
        ? (office?.id ?? null)
        : levels[request.escalationLevel - 2]!.unitId
    await tx.supportRequestEvent.create({
      data: {
        requestId: request.id,
        kind: 'ESCALATED',
        fromUnitId: from,
        toUnitId: next.unitId,
        note: `超期仍未办结，升级${next.label}督办`,
        byId: options.byId,
        at: now,
      },
    })
    moved.push({ id: request.id, level, label: next.label })
    escalations.push({ requestId: request.id, level, unitId: next.unitId, label: next.label })
  }
  if (moved.length === 0) return 0
  await noticeEscalations(tx, escalations, options.byId)
  await audit(tx, {
    actorId: options.byId,
    action: 'escalateOverdueSupportRequests',
    entity: 'SupportRequest',
    changes: { after: { escalatedUpTheChain: moved } },
    address: options.address ?? null,
  })
  return moved.length
}

/** The server's timer (ESCALATION_MINUTES): one pass per interval across every process on the database. */
export function escalationJob(prisma: PrismaClient, everyMs: number): ScheduledJob {
  return {
    name: 'escalateOverdueSupportRequests',
    everyMs,
    run: (now) => escalateOverdueSupportRequests(prisma, { byId: null, now }),
  }
}
