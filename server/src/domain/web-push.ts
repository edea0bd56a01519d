// A browser's push subscription as the phone sends it (PushSubscription.toJSON()): checked before it is stored,
// since the server will later POST to the endpoint and encrypt to the keys.
import { z } from 'zod'
import { uuid } from './parse.ts'

const maxEndpoint = 2048

/** base64url (padding tolerated) that decodes to `bytes` bytes, optionally starting with `first`. */
const base64urlKey = (bytes: number, message: string, first?: number) =>
  z
    .string({ message })
    .trim()
    .max(200, message)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, message)
    .refine((value) => {
      const decoded = Buffer.from(value, 'base64url')
      return decoded.length === bytes && (first === undefined || decoded[0] === first)
    }, message)

// Browsers' push services (FCM, Mozilla's, Apple's, Huawei's…) are all https. Refusing anything else keeps a
// signed-in user from pointing the server's POSTs at a plain-http service inside the network.
const endpoint = z
  .string({ message: '缺少推送地址' })
  .trim()
  .max(maxEndpoint, '推送地址过长')
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', '推送地址须为 https 地址')

export const subscribeWebPushInput = z.object({
  clientMutationId: uuid('操作编号'),
  endpoint,
  p256dh: base64urlKey(65, '推送公钥格式不正确', 0x04),
  auth: base64urlKey(16, '推送认证密钥格式不正确'),
})

export const unsubscribeWebPushInput = z.object({
  clientMutationId: uuid('操作编号'),
  endpoint,
})
