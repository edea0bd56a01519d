// 我的通知设置: which notices leave the app by which channel, and the quiet hours. A preference, not a shared
// record: the last save wins without a version, like the language (session/locale.ts). The inbox gets every
// notice whatever is chosen here.
import { builder } from '../../builder.ts'
import {
  minutesAsClock,
  noticeKinds,
  parsePreferencesInput,
  type NoticeChoice,
  type NoticeKind,
} from '../../domain/notice-delivery.ts'
import { registeredChannel } from '../../notify/channels.ts'
import { choicesOf, officeWebhookState } from '../../notify/preferences.ts'
import { requireUser, runWrite } from '../../write/run-write.ts'
import type { Context } from '../../context.ts'
import { NoticeKindEnum } from '../enums.ts'

interface KindChoice {
  kind: NoticeKind
  webPush: boolean
  webhook: boolean
}

interface PreferencesView {
  kinds: KindChoice[]
  quietHours: { start: string; end: string } | null
  saved: boolean
  pushAvailable: boolean
  webhookAvailable: boolean
}

const KindChoiceRef = builder.objectRef<KindChoice>('NoticeKindChoice').implement({
  authScopes: { signedIn: true },
  description: '一类通知经哪些渠道送出（站内通知总是有）',
  fields: (t) => ({
    kind: t.expose('kind', { type: NoticeKindEnum }),
    webPush: t.exposeBoolean('webPush', { description: '推送到手机' }),
    webhook: t.exposeBoolean('webhook', { description: '经人才办接入的外部渠道（政务微信、钉钉、短信）' }),
  }),
})

const QuietHoursRef = builder.objectRef<{ start: string; end: string }>('QuietHours').implement({
  authScopes: { signedIn: true },
  description: '免打扰时段（县里时间，HH:MM）；其间的通知等到结束再送，账号被锁定除外',
  fields: (t) => ({
    start: t.exposeString('start'),
    end: t.exposeString('end'),
  }),
})

const PreferencesRef = builder.objectRef<PreferencesView>('NotificationPreferences').implement({
  authScopes: { signedIn: true },
  description: '本人的通知设置',
  fields: (t) => ({
    kinds: t.field({ type: [KindChoiceRef], resolve: (view) => view.kinds }),
    quietHours: t.field({ type: QuietHoursRef, nullable: true, resolve: (view) => view.quietHours }),
    saved: t.exposeBoolean('saved', { description: '是否保存过；未保存时为默认设置' }),
    pushAvailable: t.exposeBoolean('pushAvailable', { description: '本服务器能否推送到手机' }),
    webhookAvailable: t.exposeBoolean('webhookAvailable', { description: '人才办是否接入并启用了外部渠道' }),
  }),
})

function viewOf(choice: NoticeChoice & { saved: boolean }, webhookOn: boolean): PreferencesView {
  return {
    kinds: noticeKinds.map((kind) => ({
      kind,
      webPush: choice.pushKinds.includes(kind),
      webhook: choice.webhookKinds.includes(kind),
    })),
    quietHours: choice.quietHours && {
      start: minutesAsClock(choice.quietHours.start),
      end: minutesAsClock(choice.quietHours.end),
    },
    saved: choice.saved,
    pushAvailable: registeredChannel('WEB_PUSH') !== undefined,
    webhookAvailable: webhookOn && registeredChannel('WEBHOOK') !== undefined,
  }
}

async function myPreferences(context: Context): Promise<PreferencesView> {
  const user = requireUser(context)
  const webhook = await officeWebhookState(context.prisma)
  const choices = await choicesOf(context.prisma, [user.id], webhook.defaultKinds)
  return viewOf(choices.get(user.id)!, webhook.on)
}

builder.queryField('myNotificationPreferences', (t) =>
  t.field({
    type: PreferencesRef,
    description: '本人的通知设置：各类通知的渠道与免打扰时段',
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => myPreferences(context),
  }),
)

const KindChoiceInput = builder.inputType('NoticeKindChoiceInput', {
  fields: (t) => ({
    kind: t.field({ type: NoticeKindEnum, required: true }),
    webPush: t.boolean({ required: true }),
    webhook: t.boolean({ required: true }),
  }),
})

const QuietHoursInput = builder.inputType('QuietHoursInput', {
  fields: (t) => ({
    start: t.string({ required: true, description: 'HH:MM，县里时间' }),
    end: t.string({ required: true, description: 'HH:MM；早于开始时间即跨过午夜' }),
  }),
})

const SetPreferencesInput = builder.inputType('SetNotificationPreferencesInput', {
  description: '整份保存本人的通知设置；未列出的类别只在站内通知',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    kinds: t.field({ type: [KindChoiceInput], required: true }),
    quietHours: t.field({ type: QuietHoursInput, description: '不填为不设免打扰' }),
  }),
})

builder.mutationField('setNotificationPreferences', (t) =>
  t.field({
    type: PreferencesRef,
    description: '保存本人的通知设置（记入审计日志）；此后产生的通知按新设置送出',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetPreferencesInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, ...choice } = parsePreferencesInput(args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'setNotificationPreferences', entity: 'NotificationPreference' },
        async (tx, user) => {
          const data = {
            pushKinds: [...choice.pushKinds],
            webhookKinds: [...choice.webhookKinds],
            quietStart: choice.quietHours?.start ?? null,
            quietEnd: choice.quietHours?.end ?? null,
          }
          await tx.notificationPreference.upsert({
            where: { userId: user.id },
            create: { userId: user.id, ...data },
            update: { ...data, version: { increment: 1 } },
          })
          return { id: user.id, changes: { after: data } }
        },
      )
      return myPreferences(context)
    },
  }),
)
