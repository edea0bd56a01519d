// The office's webhook, checked before it is saved: an http(s) address and a secret long enough that a
// signature cannot be guessed. The secret may be left out to keep the one saved.
import { z } from 'zod'
import { noticeKinds } from './notice-delivery.ts'
import { parseInput, uuid } from './parse.ts'

const webhookInput = z.object({
  clientMutationId: uuid('操作编号'),
  url: z
    .string({ message: '请填写接收地址' })
    .trim()
    .max(200, '接收地址不能超过 200 个字符')
    .refine((text) => /^https?:\/\/[^\s]+$/i.test(text) && URL.canParse(text), '接收地址应以 http:// 或 https:// 开头'),
  secret: z.string().min(16, '签名密钥至少 16 个字符').max(200, '签名密钥不能超过 200 个字符').nullable().optional(),
  enabled: z.boolean({ message: '请选择是否启用' }),
  defaultKinds: z.array(z.enum(noticeKinds, { message: '通知类别不正确' })).max(noticeKinds.length, '通知类别重复'),
})

export type WebhookInput = z.output<typeof webhookInput>

export function parseWebhookInput(raw: unknown): WebhookInput {
  return parseInput(webhookInput, raw)
}
