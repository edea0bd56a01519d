// The office's settings: the response clocks, the 三色 threshold and the support-request due days per category.
// Every section carries its own version, so two people saving different sections do not refuse each other.
import { builder } from '../../builder.ts'
import type { ClockSettings } from '../../domain/clocks.ts'
import { changedFields } from '../../domain/diff.ts'
import { parseUpdateSettings } from '../../domain/settings.ts'
import type { SupportDueSettings } from '../../domain/support-request.ts'
import type { EscalationLevel, EscalationSettings } from '../../domain/escalation.ts'
import { DomainError } from '../../domain/errors.ts'
import type { Transaction } from '../../write/apply-once.ts'
import type { Prisma } from '../../generated/prisma/client.ts'
import { runWrite } from '../../write/run-write.ts'
import { readSetting, type SettingKey, type StoredSetting } from '../../write/settings.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { SupportCategoryEnum } from '../enums.ts'
import { supportCategories, type SupportCategory } from '@talent/rules/support-request'

const ClockSettingsRef = builder.objectRef<StoredSetting<'clocks'>>('ClockSettings').implement({
  authScopes: { role: ['ADMIN'] },

  description: '响应时限与三色灯',
  fields: (t) => ({
    version: t.exposeInt('version', { description: '版本号；从未保存过为 0' }),
    firstContactWorkingDays: t.int({
      description: '首次联系：工作日',
      resolve: (s) => s.value.firstContactWorkingDays,
    }),
    assessWorkingDays: t.int({ description: '研判：工作日', resolve: (s) => s.value.assessWorkingDays }),
    referrerAnswerDays: t.int({ description: '答复推荐人：自然日', resolve: (s) => s.value.referrerAnswerDays }),
    yellowWithinDays: t.int({ description: '到期前几天亮黄灯', resolve: (s) => s.value.yellowWithinDays }),
  }),
})

const SupportDueRef = builder.objectRef<{ category: SupportCategory; workingDays: number }>('SupportDue').implement({
  authScopes: { role: ['ADMIN'] },

  fields: (t) => ({
    category: t.expose('category', { type: SupportCategoryEnum }),
    workingDays: t.exposeInt('workingDays', { description: '办结时限：工作日' }),
  }),
})

const SupportDueSettingsRef = builder.objectRef<StoredSetting<'supportDue'>>('SupportDueSettings').implement({
  authScopes: { role: ['ADMIN'] },

  description: '各类落地服务诉求的默认办结时限',
  fields: (t) => ({
    version: t.exposeInt('version', { description: '版本号；从未保存过为 0' }),
    days: t.field({
      type: [SupportDueRef],
      resolve: (s) => supportCategories.map((category) => ({ category, workingDays: s.value[category] })),
    }),
  }),
})

const EscalationLevelRef = builder.objectRef<EscalationLevel & { level: number }>('EscalationLevel').implement({
  authScopes: { role: ['ADMIN'] },
  description: '人才办之后的一级督办',
  fields: (t) => ({
    level: t.exposeInt('level', { description: '级别：人才办为 1，其后依次为 2、3 …' }),
    label: t.exposeString('label', { description: '名称，如分管县领导、县委督查室' }),
    unitId: t.exposeString('unitId', { description: '督办单位编号（UUID）' }),
    unit: t.prismaField({
      type: 'Unit',
      nullable: true,
      description: '督办单位',
      resolve: (query, level, _args, context) =>
        context.prisma.unit.findUnique({ ...query, where: { id: level.unitId } }),
    }),
    afterWorkingDays: t.exposeInt('afterWorkingDays', { description: '上一级督办后仍未办结，满几个工作日升到此级' }),
  }),
})

const EscalationSettingsRef = builder.objectRef<StoredSetting<'escalation'>>('EscalationSettings').implement({
  authScopes: { role: ['ADMIN'] },
  description: '督办升级链：超期诉求先升人才办，仍未办结的按此逐级上升',
  fields: (t) => ({
    version: t.exposeInt('version', { description: '版本号；从未保存过为 0' }),
    levels: t.field({
      type: [EscalationLevelRef],
      resolve: (s) => s.value.levels.map((level, index) => ({ ...level, level: index + 2 })),
    }),
  }),
})

const DigestSettingsRef = builder.objectRef<StoredSetting<'digest'>>('DigestSettings').implement({
  authScopes: { role: ['ADMIN'] },
  description: '每日提醒：工作日按时发给每个人（当天到期的跟进、逾期诉求、未读消息）',
  fields: (t) => ({
    version: t.exposeInt('version', { description: '版本号；从未保存过为 0' }),
    time: t.string({ description: '发送时间，县里时间 HH:MM', resolve: (s) => s.value.time }),
  }),
})

interface OfficeSettings {
  clocks: StoredSetting<'clocks'>
  supportDue: StoredSetting<'supportDue'>
  escalation: StoredSetting<'escalation'>
  digest: StoredSetting<'digest'>
}

const OfficeSettingsRef = builder.objectRef<OfficeSettings>('OfficeSettings').implement({
  authScopes: { role: ['ADMIN'] },

  description: '人才办的设置；改动在下一次请求即生效',
  fields: (t) => ({
    clocks: t.field({ type: ClockSettingsRef, resolve: (s) => s.clocks }),
    supportDue: t.field({ type: SupportDueSettingsRef, resolve: (s) => s.supportDue }),
    escalation: t.field({ type: EscalationSettingsRef, resolve: (s) => s.escalation }),
    digest: t.field({ type: DigestSettingsRef, resolve: (s) => s.digest }),
  }),
})

async function officeSettings(prisma: Parameters<typeof readSetting>[0]): Promise<OfficeSettings> {
  return {
    clocks: await readSetting(prisma, 'clocks'),
    supportDue: await readSetting(prisma, 'supportDue'),
    escalation: await readSetting(prisma, 'escalation'),
    digest: await readSetting(prisma, 'digest'),
  }
}

builder.queryField('officeSettings', (t) =>
  t.field({
    type: OfficeSettingsRef,
    description: '人才办的设置（响应时限、三色灯、诉求办结时限、督办升级链、每日提醒时间）',
    authScopes: { role: ['ADMIN'] },
    resolve: (_root, _args, context) => officeSettings(context.prisma),
  }),
)

const ClockSettingsInput = builder.inputType('ClockSettingsInput', {
  fields: (t) => ({
    version: t.int({ required: true }),
    firstContactWorkingDays: t.int({ required: true }),
    assessWorkingDays: t.int({ required: true }),
    referrerAnswerDays: t.int({ required: true }),
    yellowWithinDays: t.int({ required: true }),
  }),
})

const SupportDueInput = builder.inputType('SupportDueInput', {
  fields: (t) => ({
    category: t.field({ type: SupportCategoryEnum, required: true }),
    workingDays: t.int({ required: true }),
  }),
})

const SupportDueSettingsInput = builder.inputType('SupportDueSettingsInput', {
  fields: (t) => ({
    version: t.int({ required: true }),
    days: t.field({ type: [SupportDueInput], required: true, description: '未列出的类别保持原值' }),
  }),
})

const EscalationLevelInput = builder.inputType('EscalationLevelInput', {
  fields: (t) => ({
    label: t.string({ required: true, description: '名称，如分管县领导、县委督查室' }),
    unitId: t.string({ required: true, description: '督办单位编号（UUID），须未撤销' }),
    afterWorkingDays: t.int({ required: true, description: '上一级督办后满几个工作日（1–30）' }),
  }),
})

const EscalationSettingsInput = builder.inputType('EscalationSettingsInput', {
  fields: (t) => ({
    version: t.int({ required: true }),
    levels: t.field({
      type: [EscalationLevelInput],
      required: true,
      description: '人才办之后的各级督办，依次上升，最多 5 级；整条替换',
    }),
  }),
})

const DigestSettingsInput = builder.inputType('DigestSettingsInput', {
  fields: (t) => ({
    version: t.int({ required: true }),
    time: t.string({ required: true, description: '县里时间 HH:MM，如 08:30' }),
  }),
})

const UpdateSettingsInput = builder.inputType('UpdateSettingsInput', {
  description: '保存一项或几项设置，每项带上读到的版本号',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    clocks: t.field({ type: ClockSettingsInput }),
    supportDue: t.field({ type: SupportDueSettingsInput }),
    escalation: t.field({ type: EscalationSettingsInput }),
    digest: t.field({ type: DigestSettingsInput }),
  }),
})

/** Saves one section if it is still at the version the office read; a section never saved is at version 0. */
async function saveSetting<K extends SettingKey>(tx: Transaction, key: K, version: number, value: object) {
  const current = await readSetting(tx, key)
  const next = { ...current.value, ...value } as Prisma.InputJsonObject
  const conflictView = { id: key, version: current.version, ...current.value }
  await updateIfVersion(
    '设置',
    conflictView,
    version,
    async (where) =>
      where.version === 0
        ? tx.setting.createMany({ data: [{ key, value: next }], skipDuplicates: true })
        : tx.setting.updateMany({
            where: { key, version: where.version },
            data: { value: next, version: { increment: 1 } },
          }),
    async () => {
      const now = await readSetting(tx, key)
      return { id: key, version: now.version, ...now.value }
    },
  )
  return changedFields(current.value as unknown as Record<string, unknown>, next)
}

builder.mutationField('updateSettings', (t) =>
  t.field({
    type: OfficeSettingsRef,
    description: '人才办修改设置（须带版本号，记入审计日志），下一次请求即生效',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: UpdateSettingsInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, clocks, supportDue, escalation, digest } = parseUpdateSettings(args.input)
      await runWrite(context, { clientMutationId, operation: 'updateSettings', entity: 'Setting' }, async (tx) => {
        const changes: Record<string, unknown> = {}
        if (clocks) {
          const { version, ...values } = clocks
          changes.clocks = await saveSetting(tx, 'clocks', version, values satisfies ClockSettings)
        }
        if (supportDue) {
          const days = Object.fromEntries(supportDue.days.map((row) => [row.category, row.workingDays]))
          changes.supportDue = await saveSetting(
            tx,
            'supportDue',
            supportDue.version,
            days as Partial<SupportDueSettings>,
          )
        }
        if (escalation) {
          const { version, levels } = escalation
          const unitIds = [...new Set(levels.map((level) => level.unitId))]
          const live = await tx.unit.findMany({ where: { id: { in: unitIds }, retiredAt: null }, select: { id: true } })
          const liveIds = new Set(live.map((unit) => unit.id))
          const missing = levels.flatMap((level, index) =>
            liveIds.has(level.unitId)
              ? []
              : [{ field: `escalation.levels.${index}.unitId`, message: '督办单位不存在或已撤销' }],
          )
          if (missing.length > 0) throw DomainError.badInput(missing)
          changes.escalation = await saveSetting(tx, 'escalation', version, { levels } satisfies EscalationSettings)
        }
        if (digest) changes.digest = await saveSetting(tx, 'digest', digest.version, { time: digest.time })
        const id = clocks ? 'clocks' : supportDue ? 'supportDue' : escalation ? 'escalation' : 'digest'
        return { id, changes: { after: changes } }
      })
      return officeSettings(context.prisma)
    },
  }),
)
