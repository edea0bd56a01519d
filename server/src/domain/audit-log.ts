// Reading the audit log back: the office's filter, and each entry's changes as short lines a person reads.
// Contact data never leaves this way: an entry of a talent's creation or edit keeps the numbers it wrote (the
// log must show what changed), but the screen and the export say only that a contact field changed.
import { z } from 'zod'
import { optionalText, parseInput, uuid } from './parse.ts'

// The log holds this century only; a time far outside it is a typing slip, and the database refuses it anyway.
const loggedTime = (message: string) =>
  z.date({ message }).min(new Date('2000-01-01T00:00:00Z'), message).max(new Date('2100-01-01T00:00:00Z'), message)

export const auditFilterInput = z
  .object({
    actorId: uuid('操作人').optional().nullable(),
    entity: optionalText(50, '对象类型'),
    entityId: optionalText(100, '对象编号'),
    action: optionalText(100, '操作'),
    from: loggedTime('开始时间不正确').optional().nullable(),
    to: loggedTime('结束时间不正确').optional().nullable(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from < filter.to, {
    message: '结束时间须晚于开始时间',
    path: ['to'],
  })

export type AuditFilter = z.output<typeof auditFilterInput>
export const parseAuditFilter = (raw: unknown) => parseInput(auditFilterInput, raw ?? {})

/** The filter as a where clause; every condition is served by an index of AuditLog (schema.prisma). */
export function auditWhere(filter: AuditFilter) {
  return {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { at: { gte: filter.from ?? undefined, lt: filter.to ?? undefined } } : {}),
  }
}

/** Chinese names of the actions the office looks for most; any other shows as its mutation name. */
export const auditActionLabels: Record<string, string> = {
  revealContact: '查看联系方式',
  lookupContact: '按号码查找人才',
  mergeTalents: '合并人才',
  moveProjectCredit: '调整计分单位',
  splitProjectCredit: '联合计分',
  exportLedger: '导出台账',
  importLedger: '导入台账',
  exportAuditLog: '导出审计日志',
  createTalent: '登记人才',
  updateTalent: '修改人才',
  createLead: '登记线索',
  createProject: '立项',
  updateProject: '修改项目',
  moveProjectStage: '推进阶段',
  setProjectStatus: '变更项目状态',
  assignProjectOwner: '指定负责人',
  recordSigning: '登记签约',
  recordLanding: '登记落地',
  createUser: '新建账号',
  updateUser: '修改账号',
  resetPassword: '重置密码',
  changePassword: '修改密码',
  createUnit: '新建单位',
  updateUnit: '修改单位',
  unlockAccount: '解除锁定',
  setNotificationPreferences: '修改通知设置',
  setOfficeWebhook: '设置外部通知渠道',
  retryNoticeDelivery: '重试发送通知',
}

export const auditActionLabel = (action: string) => auditActionLabels[action] ?? action

const contactKey = /phone|email|wechat|mobile|contact/i
const hidden = '（联系方式，不显示）'
const maxLine = 200

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）'
  const text = typeof value === 'string' ? value : JSON.stringify(redacted(value))
  return text.length > maxLine ? `${text.slice(0, maxLine - 1)}…` : text
}

/** `value` with every contact field's value replaced, however deep it sits. */
export function redacted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redacted)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      contactKey.test(key) && inner !== null ? hidden : redacted(inner),
    ]),
  )
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** An entry's changes as lines: `field: before → after` for an edit, `field: value` for anything else. */
export function auditChangeLines(changes: unknown): string[] {
  if (!isRecord(changes)) return []
  const safe = redacted(changes) as Record<string, unknown>
  if (isRecord(safe.before) && isRecord(safe.after)) {
    const before = safe.before
    // A creation has nothing before: its lines are the values it wrote.
    const created = Object.values(before).every((value) => value === null)
    return Object.entries(safe.after).map(([key, after]) =>
      key in before && !created ? `${key}: ${shown(before[key])} → ${shown(after)}` : `${key}: ${shown(after)}`,
    )
  }
  const flat = isRecord(safe.after) && Object.keys(safe).length === 1 ? safe.after : safe
  return Object.entries(flat).map(([key, value]) => `${key}: ${shown(value)}`)
}
