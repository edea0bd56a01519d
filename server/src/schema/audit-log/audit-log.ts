// The audit log, read back by the talent office only: who did what to which record, newest first, filtered
// by person, object, action and time; and the same list as .xlsx (audit-log-workbook.ts). Contact values
// stay out of both (domain/audit-log.ts); a reveal shows as the reveal, with its reason.
import { builder } from '../../builder.ts'
import {
  auditActionLabel,
  auditActionLabels,
  auditChangeLines,
  auditWhere,
  parseAuditFilter,
  type AuditFilter,
} from '../../domain/audit-log.ts'
import { requireUser } from '../../write/run-write.ts'
import { audit } from '../../write/audit.ts'
import { SheetFileRef } from '../assessment/assessment-targets-sheet.ts'
import { auditWorkbook, auditWorkbookLimit } from './audit-log-workbook.ts'

builder.prismaObject('AuditLog', {
  authScopes: { role: ['ADMIN'] },

  description: '审计日志的一条：谁在何时对哪条记录做了什么（联系方式的值不显示）',
  fields: (t) => ({
    uuid: t.exposeString('id'),
    at: t.expose('at', { type: 'DateTime' }),
    action: t.exposeString('action', { description: '操作（接口名）' }),
    actionLabel: t.string({ description: '操作的中文名', resolve: (entry) => auditActionLabel(entry.action) }),
    entity: t.exposeString('entity', { description: '对象类型，如 Talent、Project' }),
    entityId: t.exposeString('entityId', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    actor: t.relation('actor', { nullable: true }),
    changes: t.stringList({
      description: '变更摘要，每项一行（联系方式只说明有变更，不显示值）',
      select: { changes: true },
      resolve: (entry) => auditChangeLines(entry.changes),
    }),
  }),
})

export const AuditLogFilterInput = builder.inputType('AuditLogFilter', {
  description: '审计日志筛选：都不填时为全部',
  fields: (t) => ({
    actorId: t.string({ description: '操作人编号（UUID）' }),
    entity: t.string({ description: '对象类型，如 Talent、Project、User' }),
    entityId: t.string({ description: '对象编号' }),
    action: t.string({ description: '操作（接口名），如 revealContact、mergeTalents' }),
    from: t.field({ type: 'DateTime', description: '起（含）' }),
    to: t.field({ type: 'DateTime', description: '止（不含）' }),
  }),
})

const newestFirst = [{ at: 'desc' as const }, { id: 'desc' as const }]

builder.queryField('auditLog', (t) =>
  t.prismaConnection(
    {
      type: 'AuditLog',
      cursor: 'id',
      description: '审计日志，最新的在前（仅人才办）；按操作人、对象、操作和时间筛选',
      authScopes: { role: ['ADMIN'] },
      maxSize: 200,
      defaultSize: 50,
      args: { filter: t.arg({ type: AuditLogFilterInput, required: false }) },
      resolve: (query, _root, args, context) =>
        context.prisma.auditLog.findMany({
          ...query,
          where: auditWhere(parseAuditFilter(args.filter)),
          orderBy: newestFirst,
        }),
    },
    { name: 'AuditLogConnection' },
    { name: 'AuditLogEdge' },
  ),
)

builder.queryField('auditLogWorkbook', (t) =>
  t.field({
    type: SheetFileRef,
    description: `按筛选导出审计日志（.xlsx，最新的 ${auditWorkbookLimit} 条；不含联系方式的值，导出本身也记入审计日志；仅人才办）`,
    authScopes: { role: ['ADMIN'] },
    args: { filter: t.arg({ type: AuditLogFilterInput, required: false }) },
    resolve: async (_root, args, context) => {
      const user = requireUser(context)
      const filter: AuditFilter = parseAuditFilter(args.filter)
      const entries = await context.prisma.auditLog.findMany({
        where: auditWhere(filter),
        orderBy: newestFirst,
        take: auditWorkbookLimit + 1,
        include: { actor: { select: { name: true, login: true, unit: { select: { name: true } } } } },
      })
      const now = new Date()
      const file = await auditWorkbook(entries, { filter, exportedBy: user.name, exportedAt: now })
      await audit(context.prisma, {
        actorId: user.id,
        action: 'exportAuditLog',
        entity: 'AuditLog',
        address: context.address,
        reason: '导出审计日志',
        changes: { filter: JSON.parse(JSON.stringify(filter)), rows: Math.min(entries.length, auditWorkbookLimit) },
      })
      return file
    },
  }),
)

const AuditActionRef = builder.objectRef<{ action: string; label: string }>('AuditAction').implement({
  authScopes: { role: ['ADMIN'] },

  fields: (t) => ({ action: t.exposeString('action'), label: t.exposeString('label') }),
})

builder.queryField('auditLogActions', (t) =>
  t.field({
    type: [AuditActionRef],
    description: '审计日志筛选可选的操作及其中文名（仅人才办）',
    authScopes: { role: ['ADMIN'] },
    resolve: () => Object.entries(auditActionLabels).map(([action, label]) => ({ action, label })),
  }),
)
