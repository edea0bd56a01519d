// The office's webhook, set on 系统设置 by an administrator. The secret is written here and never read back:
// the API answers only whether one is set and its last four characters, so it can be told apart.
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseWebhookInput } from '../../domain/webhook-endpoint.ts'
import type { WebhookEndpoint } from '../../generated/prisma/client.ts'
import { officeWebhookId } from '../../notify/preferences.ts'
import { runWrite } from '../../write/run-write.ts'
import { NoticeKindEnum } from '../enums.ts'

const OfficeWebhookRef = builder.objectRef<WebhookEndpoint>('OfficeWebhook').implement({
  authScopes: { role: ['ADMIN'] },
  description: '人才办接入的外部通知渠道（政务微信、钉钉、短信网关）：签名的 JSON POST',
  fields: (t) => ({
    url: t.exposeString('url', { description: '接收地址' }),
    enabled: t.exposeBoolean('enabled'),
    secretHint: t.string({
      description: '签名密钥的后四位（密钥本身只存于服务器）',
      resolve: (endpoint) => `…${endpoint.secret.slice(-4)}`,
    }),
    defaultKinds: t.field({
      type: [NoticeKindEnum],
      description: '未自行设置的用户，哪些通知经此渠道发送',
      resolve: (endpoint) => endpoint.defaultKinds,
    }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
})

// WebhookEndpoint is server-only: only these two fields read it, and only for the office.
builder.queryField('officeWebhook', (t) =>
  t.field({
    type: OfficeWebhookRef,
    nullable: true,
    description: '外部通知渠道的设置（仅人才办）；未设置为空',
    authScopes: { role: ['ADMIN'] },
    resolve: (_root, _args, context) => context.prisma.webhookEndpoint.findUnique({ where: { id: officeWebhookId } }),
  }),
)

const SetOfficeWebhookInput = builder.inputType('SetOfficeWebhookInput', {
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    url: t.string({ required: true, description: 'http:// 或 https:// 地址' }),
    secret: t.string({ description: '签名密钥（至少 16 个字符）；不填则保留原密钥，首次设置必填' }),
    enabled: t.boolean({ required: true }),
    defaultKinds: t.field({ type: [NoticeKindEnum], required: true }),
  }),
})

builder.mutationField('setOfficeWebhook', (t) =>
  t.field({
    type: OfficeWebhookRef,
    description: '设置外部通知渠道（仅人才办，记入审计日志，密钥不入日志）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: SetOfficeWebhookInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, secret, ...fields } = parseWebhookInput(args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'setOfficeWebhook', entity: 'WebhookEndpoint' },
        async (tx) => {
          const current = await tx.webhookEndpoint.findUnique({ where: { id: officeWebhookId } })
          if (!current && !secret) throw DomainError.badInput([{ field: 'secret', message: '首次设置须填写签名密钥' }])
          const data = { ...fields, defaultKinds: [...new Set(fields.defaultKinds)], ...(secret ? { secret } : {}) }
          if (current)
            await tx.webhookEndpoint.update({
              where: { id: officeWebhookId },
              data: { ...data, version: { increment: 1 } },
            })
          else await tx.webhookEndpoint.create({ data: { id: officeWebhookId, secret: secret!, ...data } })
          return { id: officeWebhookId, changes: { after: { ...fields, secretChanged: Boolean(secret) } } }
        },
      )
      return context.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: officeWebhookId } })
    },
  }),
)
