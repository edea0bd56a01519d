// The office's settings, checked before they are saved: a clock of zero days or a due date a year away is a typo,
// not a policy, and would quietly turn every light red or none.
import { z } from 'zod'
import { supportCategories } from '@talent/rules/support-request'
import { DomainError } from './errors.ts'
import { digestSettingsInput } from './digest.ts'
import { maxEscalationLevels } from './escalation.ts'
import { parseInput, requiredText, uuid } from './parse.ts'

// A setting never saved is at version 0: the office's first save names it, like any later one.
const version = z.number({ message: '缺少版本号' }).int().min(0, '版本号不正确')

const days = (label: string, min: number, max: number) =>
  z
    .number({ message: `请填写${label}` })
    .int(`${label}须为整数天`)
    .min(min, `${label}为 ${min}–${max} 天`)
    .max(max, `${label}为 ${min}–${max} 天`)

export const clockSettingsInput = z.object({
  version,
  firstContactWorkingDays: days('首次联系时限', 1, 30),
  assessWorkingDays: days('研判时限', 1, 60),
  referrerAnswerDays: days('答复推荐人时限', 1, 60),
  yellowWithinDays: days('黄灯提前天数', 0, 30),
})

const supportDue = z.object({
  category: z.enum(supportCategories, { message: '诉求类别不正确' }),
  workingDays: days('办结时限', 1, 120),
})

export const supportDueInput = z.object({
  version,
  days: z.array(supportDue).max(supportCategories.length, '诉求类别重复'),
})

const escalationLevel = z.object({
  label: requiredText(20, '督办层级名称'),
  unitId: uuid('督办单位编号'),
  afterWorkingDays: days('升级间隔', 1, 30),
})

export const escalationInput = z.object({
  version,
  levels: z.array(escalationLevel).max(maxEscalationLevels, '人才办之后最多设 5 级督办'),
})

const updateSettingsInput = z.object({
  clientMutationId: uuid('操作编号'),
  clocks: clockSettingsInput.optional().nullable(),
  supportDue: supportDueInput.optional().nullable(),
  escalation: escalationInput.optional().nullable(),
  digest: digestSettingsInput.optional().nullable(),
})

export type UpdateSettingsInput = z.output<typeof updateSettingsInput>

/** Parses and checks an update of the settings; the problems name their field, in Chinese. */
export function parseUpdateSettings(raw: unknown): UpdateSettingsInput {
  const input = parseInput(updateSettingsInput, raw)
  const clocks = input.clocks
  if (clocks && clocks.assessWorkingDays < clocks.firstContactWorkingDays)
    throw DomainError.badInput([{ field: 'clocks.assessWorkingDays', message: '研判时限不能短于首次联系时限' }])
  const categories = input.supportDue?.days.map((row) => row.category) ?? []
  if (new Set(categories).size !== categories.length)
    throw DomainError.badInput([{ field: 'supportDue', message: '诉求类别重复' }])
  const labels = input.escalation?.levels.map((level) => level.label) ?? []
  if (new Set(labels).size !== labels.length)
    throw DomainError.badInput([{ field: 'escalation.levels', message: '督办层级名称重复' }])
  if (!clocks && !input.supportDue && !input.escalation && !input.digest)
    throw DomainError.badInput([{ field: 'clocks', message: '没有要保存的设置' }])
  return input
}
