// How a talent is reached: the contact fields every talent form checks, the same on the phone and the server.
import { z } from 'zod'
import { optionalPhone, optionalText } from './fields.ts'

export const talentContactFields = {
  phone: optionalPhone,
  email: z
    .email({ message: '电子邮箱格式不正确' })
    .optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
  wechat: optionalText(50, '微信号'),
}

export const talentContact = z.object(talentContactFields)
export type TalentContact = z.output<typeof talentContact>

/** The fields whose value the office chooses, side by side, when two records of one person are merged. */
export const choosableMergeFields = [
  'name',
  'gender',
  'birthYear',
  'phone',
  'email',
  'wechat',
  'degree',
  'title',
  'field',
  'employer',
  'country',
  'city',
  'overseasExperience',
  'talentClass',
  'talentTeam',
  'sector',
  'notes',
] as const
export type ChoosableMergeField = (typeof choosableMergeFields)[number]
