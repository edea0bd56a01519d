// A talent as staff enter and edit it, and what makes two records look like the same person.
import { z } from 'zod'
import { DataSource, Degree, Gender, Sector, TalentClass, TalentTeam } from '../generated/prisma/enums.ts'
import { countyYear } from './assessment.ts'
import { choosableMergeFields, talentContactFields, type ChoosableMergeField } from '@talent/rules/talent'
import { optionalText, parseInput, requiredText, uuid, version } from './parse.ts'

/** A birth year a talent can have: 14 to 100 years before this county year (asked at each parse, so a server
 * running over New Year moves with it). */
const birthYear = z
  .number()
  .int('出生年份不正确')
  .refine((year) => {
    const now = countyYear(new Date())
    return year >= now - 100 && year <= now - 14
  }, '出生年份不正确')

const talentFields = {
  name: requiredText(50, '人才姓名'),
  gender: z.enum(Gender, { message: '性别不正确' }).optional(),
  birthYear: birthYear.optional().nullable(),
  ...talentContactFields,
  degree: z.enum(Degree, { message: '学历不正确' }).optional().nullable(),
  title: optionalText(50, '职称/职务'),
  field: optionalText(50, '专业领域'),
  employer: optionalText(100, '工作单位'),
  country: optionalText(50, '国家/地区'),
  city: optionalText(50, '城市'),
  overseasExperience: optionalText(500, '海外经历'),
  honours: z.array(requiredText(100, '荣誉')).max(30, '荣誉最多 30 项').optional(),
  talentClass: z.enum(TalentClass, { message: '人才类别不正确' }).optional(),
  talentTeam: z.enum(TalentTeam, { message: '人才队伍不正确' }).optional().nullable(),
  sector: z.enum(Sector, { message: '所属领域不正确' }).optional().nullable(),
  tags: z.array(requiredText(20, '标签')).max(20, '标签最多 20 个').optional(),
  notes: optionalText(2000, '备注'),
  dataSource: z.enum(DataSource, { message: '信息来源不正确' }).optional(),
}

export const createTalentInput = z.object({
  clientMutationId: uuid('操作编号'),
  id: uuid('人才编号'),
  ...talentFields,
  /** The talent agreed to the privacy notice (PIPL); recorded with who recorded it and when. */
  consentGiven: z.boolean().optional(),
  /** The user saw the possible duplicates and confirms this is another person. */
  allowDuplicate: z.boolean().optional(),
})

export const updateTalentInput = z
  .object(talentFields)
  .partial()
  .extend({ clientMutationId: uuid('操作编号'), id: uuid('人才编号'), version })

export { choosableMergeFields, type ChoosableMergeField }

export const mergeTalentsInput = z
  .object({
    clientMutationId: uuid('操作编号'),
    survivorId: uuid('保留的人才编号'),
    mergedId: uuid('被合并的人才编号'),
    reason: requiredText(500, '合并原因'),
    /** The fields whose merged record's value survives; every other field keeps the survivor's value. */
    takeFromMerged: z
      .array(z.enum(choosableMergeFields, { message: '合并字段不正确' }))
      .max(choosableMergeFields.length, '合并字段不正确')
      .optional(),
    /** The versions the side-by-side view showed: a record changed since is a CONFLICT. */
    survivorVersion: version.optional(),
    mergedVersion: version.optional(),
  })
  .refine((input) => input.survivorId !== input.mergedId, { message: '不能把人才与自己合并', path: ['mergedId'] })

/**
 * The talent office certifies a talent's class (A–D): it weighs in the 双招双引 bonus, so a unit cannot rate
 * its own talents up. Anyone who may edit the talent sends the class unchanged without harm.
 */
export function mayChangeTalentClass(role: string, from: TalentClass, to: TalentClass | undefined): boolean {
  return to === undefined || to === from || role === 'ADMIN'
}

export const parseCreateTalent = (raw: unknown) => parseInput(createTalentInput, raw)
export const parseUpdateTalent = (raw: unknown) => parseInput(updateTalentInput, raw)
export const parseMergeTalents = (raw: unknown) => parseInput(mergeTalentsInput, raw)

export type DuplicateReason = 'SAME_PHONE' | 'SAME_NAME_AND_EMPLOYER'

/** Same phone, or same name at the same employer (ignoring spaces and case): probably the same person. */
export function duplicateReason(
  candidate: { name: string; phone: string | null; employer: string | null },
  existing: { name: string; phone: string | null; employer: string | null },
): DuplicateReason | null {
  if (candidate.phone && existing.phone && candidate.phone === existing.phone) return 'SAME_PHONE'
  const same = (a: string | null, b: string | null) =>
    Boolean(a && b) && a!.replace(/\s+/g, '').toLowerCase() === b!.replace(/\s+/g, '').toLowerCase()
  return same(candidate.name, existing.name) && same(candidate.employer, existing.employer)
    ? 'SAME_NAME_AND_EMPLOYER'
    : null
}

/** The merged record's values of the fields the office chose to keep from it. */
export function chosenFields<T extends Record<string, unknown>>(
  merged: T,
  chosen: readonly ChoosableMergeField[],
): Partial<T> {
  return Object.fromEntries(chosen.map((key) => [key, merged[key]])) as Partial<T>
}

/** The fields a merge fills on the survivor from the merged record: only where the survivor has nothing. */
export function mergedFields<T extends Record<string, unknown>, K extends keyof T>(
  survivor: T,
  merged: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const fill: Partial<Pick<T, K>> = {}
  for (const key of keys) {
    const value = survivor[key]
    const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    if (empty && merged[key] !== null && merged[key] !== undefined) fill[key] = merged[key]
  }
  return fill
}

/** The notice a talent agreed to when the consent is recorded; a new notice text gets a new version. */
export const consentNoticeVersion = '2026-01'

/** The consent as recorded on a talent, by whoever took it (the lead form or the talent form). */
export function consentRecord(recordedById: string) {
  return { consentAt: new Date(), consentRecordedById: recordedById, consentNoticeVersion }
}
