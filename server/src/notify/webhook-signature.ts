// The webhook's signature: HMAC-SHA256 of `<timestamp>.<body>` with the office's secret, as hex. The
// timestamp is signed too, so a receiver that refuses old timestamps cannot be fed a recorded POST again.
import { createHmac, timingSafeEqual } from 'node:crypto'

export const signatureHeader = 'X-Talent-Signature'
export const timestampHeader = 'X-Talent-Timestamp'
export const deliveryHeader = 'X-Talent-Delivery'

export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/** What a receiver does (docs/operations.md shows the same in ten lines). */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
