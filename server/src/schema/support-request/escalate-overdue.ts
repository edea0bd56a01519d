// Overdue support requests go up to the talent office (督办): each one once, with the escalation on record.
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { openSupportStatuses } from '@talent/rules/support-request'
import { audit } from '../../write/audit.ts'

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
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.supportRequest.updateManyAndReturn({
      where: { status: { in: [...openSupportStatuses] }, dueAt: { lt: now }, escalatedAt: null },
      data: { escalatedAt: now },
      select: { id: true, departmentId: true },
    })
    if (claimed.length === 0) return 0
    const office = await tx.unit.findFirst({
      where: { kind: 'OFFICE' },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    })
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
    await audit(tx, {
      actorId: options.byId,
      action: 'escalateOverdueSupportRequests',
      entity: 'SupportRequest',
      changes: { after: { escalated: claimed.map((request) => request.id) } },
      address: options.address ?? null,
    })
    return claimed.length
  })
}

/** Escalates on a timer; returns the function that stops it. Errors are logged, never fatal. */
export function scheduleEscalation(
  prisma: PrismaClient,
  everyMs: number,
  log: (message: string) => void = console.error,
): () => void {
  const run = () => {
    escalateOverdueSupportRequests(prisma, { byId: null }).catch((error: unknown) =>
      log(`Escalating overdue support requests failed: ${String(error)}`),
    )
  }
  const timer = setInterval(run, everyMs)
  timer.unref()
  run()
  return () => clearInterval(timer)
}
