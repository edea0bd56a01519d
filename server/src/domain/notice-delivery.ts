// Which notices leave the app, by which channel, and when: a user's choice over the defaults, quiet hours in
// county time, and the backoff of a delivery that failed. Plain rules; the pipeline is in server/src/notify/.
import { z } from 'zod'
import { parseInput, uuid } from './parse.ts'

import { noticeKinds, type NoticeKind } from '@talent/rules/enums'

// The kinds are the shared rules' list (the phone offers the same), checked against Prisma (rules-enums.ts).
export { noticeKinds, type NoticeKind } from '@talent/rules/enums'

/** The ways out of the app. The inbox is not one: every notice is in it, whatever the user chose. */
export const noticeChannels = ['WEB_PUSH', 'WEBHOOK'] as const
export type NoticeChannel = (typeof noticeChannels)[number]

/** What a person must act on soon: pushed to the phone unless they say otherwise. */
export const defaultPushKinds: readonly NoticeKind[] = [
  'FOLLOW_UP_DUE',
  'PROJECT_ASSIGNED',
  'SUPPORT_ASSIGNED',
  'SUPPORT_REASSIGNED',
  'SUPPORT_ESCALATED',
  'ACCOUNT_LOCKED',
]
/** The office's webhook starts with the same kinds; the office changes them with the webhook. */
export const defaultWebhookKinds = defaultPushKinds

/** Sent at once even in quiet hours: someone may be trying to get into the account right now. */
export const urgentKinds: ReadonlySet<NoticeKind> = new Set(['ACCOUNT_LOCKED'])

/** Minutes after midnight, county time; `start` after `end` spans midnight (22:00–07:30). */
export interface QuietHours {
  start: number
  end: number
}
export const defaultQuietHours: QuietHours = { start: 22 * 60, end: 7 * 60 + 30 }

export interface NoticeChoice {
  pushKinds: readonly NoticeKind[]
  webhookKinds: readonly NoticeKind[]
  quietHours: QuietHours | null
}

/** A user who never saved a choice: push per the defaults, webhook per the office's setting. */
export function defaultChoice(officeWebhookKinds: readonly NoticeKind[]): NoticeChoice {
  return { pushKinds: defaultPushKinds, webhookKinds: officeWebhookKinds, quietHours: defaultQuietHours }
}

export function channelsFor(kind: NoticeKind, choice: NoticeChoice, webhookOn: boolean): NoticeChannel[] {
  const channels: NoticeChannel[] = []
  if (choice.pushKinds.includes(kind)) channels.push('WEB_PUSH')
  if (webhookOn && choice.webhookKinds.includes(kind)) channels.push('WEBHOOK')
  return channels
}

const dayMs = 86_400_000
// China has kept UTC+8 all year since 1991: a fixed offset gives the county's time of day without a formatter.
const countyOffsetMs = 8 * 3_600_000

/** `at`, or the end of the quiet hours `at` falls in; an urgent kind never waits. */
export function afterQuietHours(at: Date, quiet: QuietHours | null, kind: NoticeKind): Date {
  if (!quiet || urgentKinds.has(kind) || quiet.start === quiet.end) return at
  const sinceMidnight = (((at.getTime() + countyOffsetMs) % dayMs) + dayMs) % dayMs
  const start = quiet.start * 60_000
  const end = quiet.end * 60_000
  const quietNow =
    start < end ? sinceMidnight >= start && sinceMidnight < end : sinceMidnight >= start || sinceMidnight < end
  if (!quietNow) return at
  return new Date(at.getTime() + ((end - sinceMidnight + dayMs) % dayMs))
}

/** The waits after the 1st … 5th failed attempt; the 6th failure is final. */
export const retryDelaysMs = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const

/** How long to wait after `attempts` attempts, the last one failed; null: give up. */
export function retryDelayMs(attempts: number): number | null {
  return retryDelaysMs[attempts - 1] ?? null
}

const clock = z
  .string({ message: '请填写时间' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM（00:00–23:59）')
  .transform((text) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3)))

const kindChoice = z.object({
  kind: z.enum(noticeKinds, { message: '通知类别不正确' }),
  webPush: z.boolean({ message: '请选择是否推送' }),
  webhook: z.boolean({ message: '请选择是否经外部渠道发送' }),
})

const preferencesInput = z.object({
  clientMutationId: uuid('操作编号'),
  kinds: z
    .array(kindChoice)
    .max(noticeKinds.length, '通知类别重复')
    .refine((rows) => new Set(rows.map((row) => row.kind)).size === rows.length, '通知类别重复'),
  quietHours: z
    .object({ start: clock, end: clock })
    .refine((quiet) => quiet.start !== quiet.end, '免打扰的开始与结束时间不能相同')
    .nullable()
    .optional(),
})

/** The user's whole choice; a kind left out goes by no channel but the inbox. */
export function parsePreferencesInput(raw: unknown): { clientMutationId: string } & NoticeChoice {
  const input = parseInput(preferencesInput, raw)
  return {
    clientMutationId: input.clientMutationId,
    pushKinds: input.kinds.filter((row) => row.webPush).map((row) => row.kind),
    webhookKinds: input.kinds.filter((row) => row.webhook).map((row) => row.kind),
    quietHours: input.quietHours ?? null,
  }
}

export const minutesAsClock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
