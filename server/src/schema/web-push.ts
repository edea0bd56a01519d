// Web Push: the server's public key for the phone to subscribe with, and the phone's subscription itself. A
// subscription is the user's own: nobody else reads or removes it (PushSubscription is serverOnly in
// read-rules.ts, and every statement here names the signed-in user). Sending is server/src/notify/web-push/.
import { builder } from '../builder.ts'
import { parseInput } from '../domain/parse.ts'
import { subscribeWebPushInput, unsubscribeWebPushInput } from '../domain/web-push.ts'
import { webPushKeys } from '../notify/web-push/vapid-keys.ts'
import { requireUser, runWrite } from '../write/run-write.ts'

const signedIn = { signedIn: true } as const

builder.queryField('webPushPublicKey', (t) =>
  t.string({
    description: '服务器的 Web Push 公钥（VAPID，base64url），手机订阅推送时使用',
    authScopes: signedIn,
    resolve: async (_root, _args, context) => (await webPushKeys(context.database)).publicKey,
  }),
)

builder.queryField('webPushSubscribed', (t) =>
  t.boolean({
    description: '此推送地址是否已为本人订阅（服务器删除了失效的订阅时为 false）',
    authScopes: signedIn,
    args: { endpoint: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const user = requireUser(context)
      const found = await context.database.pushSubscription.count({
        where: { endpoint: args.endpoint, userId: user.id },
      })
      return found > 0
    },
  }),
)

const SubscribeWebPushInput = builder.inputType('SubscribeWebPushInput', {
  description: '本浏览器的推送订阅（PushSubscription.toJSON() 的 endpoint 与 keys）',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    endpoint: t.string({ required: true, description: '推送服务的 https 地址' }),
    p256dh: t.string({ required: true, description: '浏览器的 P-256 公钥，base64url' }),
    auth: t.string({ required: true, description: '16 字节认证密钥，base64url' }),
  }),
})

const UnsubscribeWebPushInput = builder.inputType('UnsubscribeWebPushInput', {
  description: '取消本浏览器的推送订阅',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    endpoint: t.string({ required: true }),
  }),
})

builder.mutationField('subscribeWebPush', (t) =>
  t.boolean({
    description: '在此浏览器接收提醒推送；同一地址再次订阅只更新密钥，换了用户则归新用户（记入审计日志）',
    authScopes: signedIn,
    args: { input: t.arg({ type: SubscribeWebPushInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, endpoint, p256dh, auth } = parseInput(subscribeWebPushInput, args.input)
      const userAgent = context.request.headers.get('user-agent')?.slice(0, 300) || null
      await runWrite(
        context,
        { clientMutationId, operation: 'subscribeWebPush', entity: 'PushSubscription' },
        async (tx, user) => {
          // One statement (INSERT … ON CONFLICT): two phones' tabs subscribing the same endpoint at once agree.
          const { id } = await tx.pushSubscription.upsert({
            where: { endpoint },
            create: { userId: user.id, endpoint, p256dh, auth, userAgent },
            update: { userId: user.id, p256dh, auth, userAgent },
            select: { id: true },
          })
          // The endpoint and keys are the phone's secrets: the audit log names only the push service.
          return { id, changes: { after: { pushService: new URL(endpoint).host, userAgent } } }
        },
      )
      return true
    },
  }),
)

builder.mutationField('unsubscribeWebPush', (t) =>
  t.boolean({
    description: '不再在此浏览器接收推送（只删除本人的订阅；提醒仍在站内收件箱）',
    authScopes: signedIn,
    args: { input: t.arg({ type: UnsubscribeWebPushInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, endpoint } = parseInput(unsubscribeWebPushInput, args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'unsubscribeWebPush', entity: 'PushSubscription' },
        async (tx, user) => {
          const mine = await tx.pushSubscription.findFirst({
            where: { endpoint, userId: user.id },
            select: { id: true },
          })
          if (!mine) return { id: user.id, entityId: user.id }
          await tx.pushSubscription.delete({ where: { id: mine.id } })
          return { id: mine.id, changes: { after: { pushService: new URL(endpoint).host, removed: true } } }
        },
      )
      return true
    },
  }),
)
