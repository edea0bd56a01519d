// The office's webhook: a signed JSON POST per delivery, for a 政务微信 / 钉钉 / SMS gateway to pass on. It names
// the recipient by id and login, which the gateway maps to its own directory; the user's phone is not sent, so
// no personal data leaves beyond what the notice's own text says.
import type { PrismaClient } from '../generated/prisma/client.ts'
import type { Channel, DeliveryAttempt, OutgoingNotice, SendResult } from './channels.ts'
import { officeWebhookId } from './preferences.ts'
import { deliveryHeader, signatureHeader, timestampHeader, webhookSignature } from './webhook-signature.ts'

export interface WebhookOptions {
  /** A gateway that does not answer in this long is tried again later. */
  timeoutMs?: number
}

/** 4xx is the gateway refusing this request for good, except a timeout (408) or a rate limit (429). */
export function isPermanentStatus(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429
}

export function webhookChannel(prisma: PrismaClient, options: WebhookOptions = {}): Channel {
  const timeoutMs = options.timeoutMs ?? 10_000
  return {
    channel: 'WEBHOOK',
    async send(delivery: DeliveryAttempt, notice: OutgoingNotice): Promise<SendResult> {
      const endpoint = await prisma.webhookEndpoint.findUnique({ where: { id: officeWebhookId } })
      if (!endpoint?.enabled) return { ok: false, permanent: true, error: 'the office’s webhook is switched off' }
      const user = await prisma.user.findUnique({ where: { id: notice.userId }, select: { login: true } })
      const body = JSON.stringify({
        id: notice.noticeId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        url: notice.url,
        userId: notice.userId,
        login: user?.login ?? null,
        createdAt: notice.createdAt.toISOString(),
      })
      const timestamp = String(Math.floor(Date.now() / 1000))
      try {
        const response = await fetch(endpoint.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            [signatureHeader]: webhookSignature(endpoint.secret, timestamp, body),
            [timestampHeader]: timestamp,
            [deliveryHeader]: delivery.id,
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        })
        await response.body?.cancel()
        if (response.ok) return { ok: true, status: response.status }
        return {
          ok: false,
          status: response.status,
          error: `HTTP ${response.status}`,
          permanent: isPermanentStatus(response.status),
        }
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
        return { ok: false, error: timedOut ? `no answer in ${timeoutMs / 1000} s` : describe(error) }
      }
    },
  }
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error instanceof Error ? error.message : String(error)}${cause}`
}
