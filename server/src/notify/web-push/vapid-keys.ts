// The server's VAPID key pair: made at the first start and kept in the database, so every process signs with the
// same key and the subscriptions phones made against its public half stay valid across restarts. Processes
// starting together each try to insert the one row (id 1); ON CONFLICT DO NOTHING keeps the first, and every
// process then reads the row that won, never its own unsaved pair.
import webPush from 'web-push'
import type { PrismaClient } from '../../generated/prisma/client.ts'

export interface WebPushKeyPair {
  publicKey: string
  privateKey: string
}

const known = new WeakMap<PrismaClient, Promise<WebPushKeyPair>>()

/** The key pair of the database behind `prisma`, made and saved if it has none yet; remembered per client. */
export function webPushKeys(prisma: PrismaClient): Promise<WebPushKeyPair> {
  let keys = known.get(prisma)
  if (!keys) {
    keys = readOrMakeWebPushKeys(prisma)
    // A failure (the database away) is not remembered: the next caller tries again.
    keys.catch(() => known.delete(prisma))
    known.set(prisma, keys)
  }
  return keys
}

/** The saved pair, or a new one saved unless another process saved its own first (then that one). */
export async function readOrMakeWebPushKeys(prisma: PrismaClient): Promise<WebPushKeyPair> {
  const select = { publicKey: true, privateKey: true } as const
  const saved = await prisma.webPushKeys.findUnique({ where: { id: 1 }, select })
  if (saved) return saved
  const made = webPush.generateVAPIDKeys()
  await prisma.webPushKeys.createMany({ data: [{ id: 1, ...made }], skipDuplicates: true })
  return prisma.webPushKeys.findUniqueOrThrow({ where: { id: 1 }, select })
}
