// Every request resolves its session; the same phone asks many times a minute. Remembering a resolved
// session briefly saves a statement and Prisma's per-call cost on each request (bench/README.md). Only
// where one process serves the database (PGlite; session.ts `rememberSessions`).
import type { SessionUser } from '../context.ts'

export interface ResolvedSession {
  sessionId: string
  user: SessionUser
}

interface Entry {
  value: ResolvedSession
  until: number
}

/**
 * A bounded map per database, entries kept at most `ttlMs` and never past the session's expiry. Exact
 * within one process (logout forgets at once); another process would honour a logged-out session for up
 * to `ttlMs`, which is why PostgreSQL, shared by processes, has none.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): ResolvedSession | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.until <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: ResolvedSession, expiresAt: Date): void {
    if (this.ttlMs <= 0) return
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { value, until: Math.min(this.now() + this.ttlMs, expiresAt.getTime()) })
  }

  forget(key: string): void {
    this.entries.delete(key)
  }

  /** A user's role, unit or standing changed: no cached session of theirs may outlive it. */
  forgetUser(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.value.user.id === userId) this.entries.delete(key)
  }
}
