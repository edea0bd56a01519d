import type { PrismaClient } from './generated/prisma/client.ts'
import type { Role } from './generated/prisma/enums.ts'
import type { WriteMetrics } from './observe/metrics.ts'
import type { LiveBus } from './live/bus.ts'

export interface SessionUser {
  id: string
  name: string
  role: Role
  unitId: string
  /** After an administrator's reset: the user may change the password and nothing else. */
  mustChangePassword?: boolean
  /** The user's language (User.locale): the server's messages and workbooks follow it. */
  locale?: string
}

/** What every resolver sees: the database, the signed-in user (or null) and the session cookie helpers. */
export interface Context {
  /**
   * Reads, and writes that choose rows by `where`, reach only what `user` may see (auth/read-rules.ts,
   * auth/scoped-writes.ts); creates and raw SQL go through unchanged.
   */
  prisma: PrismaClient
  /** The whole database, for what runs before or beside the user's reads (sessions, sign-in). */
  database: PrismaClient
  user: SessionUser | null
  sessionId: string | null
  request: Request
  address: string
  /** Counts applied and replayed writes, conflicts and retries; absent outside a server (benchmarks). */
  metrics?: WriteMetrics
  /** The live screens' bus (subscriptions); absent where no process listens (benchmarks, most tests). */
  live?: LiveBus
  setSessionCookie(token: string, expiresAt: Date): Promise<void>
  clearSessionCookie(): Promise<void>
}
