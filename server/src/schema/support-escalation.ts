// Overdue requests go up to the talent office (督办): listed there, with the escalation on record, once.
import { builder } from '../builder.ts'
import { requireUser } from '../write/run-write.ts'
import { audit } from '../write/audit.ts'

builder.mutationField('escalateOverdueSupportRequests', (t) =>
  t.int({
    description: '把超期未办结的诉求升级到人才办督办，返回本次升级的条数；已升级的不会重复升级',
    authScopes: { role: ['ADMIN'] },
    resolve: async (_root, _args, context) => {
      const user = requireUser(context)
      const now = new Date()
      return context.prisma.$transaction(async (tx) => {
        const overdue = await tx.supportRequest.findMany({
          where: { status: { in: ['OPEN', 'ASSIGNED', 'IN_PROGRESS'] }, dueAt: { lt: now }, escalatedAt: null },
          select: { id: true, departmentId: true },
        })
        if (overdue.length === 0) return 0
        const office = await tx.unit.findFirst({ where: { kind: 'OFFICE' }, orderBy: { createdAt: 'asc' }, select: { id: true } })
        await tx.supportRequest.updateMany({ where: { id: { in: overdue.map((request) => request.id) }, escalatedAt: null }, data: { escalatedAt: now } })
        await tx.supportRequestEvent.createMany({
          data: overdue.map((request) => ({ requestId: request.id, kind: 'ESCALATED' as const, fromUnitId: request.departmentId, toUnitId: office?.id ?? null, note: '超期未办结，升级人才办督办', byId: user.id, at: now })),
        })
        await audit(tx, { actorId: user.id, action: 'escalateOverdueSupportRequests', entity: 'SupportRequest', changes: { after: { escalated: overdue.map((request) => request.id) } }, address: context.address })
        return overdue.length
      })
    },
  }),
)
