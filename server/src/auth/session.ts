// Sessions: the cookie carries a random token; the database keeps only its SHA-256, so a leaked
// database copy cannot be replayed as a cookie.
import { createHash, randomBytes } from 'node:crypto'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { SessionCache, type ResolvedSession } from './session-cache.ts'
import type { SessionUser } from '../context.ts'

export const SESSION_COOKIE = 'tp_session'
const SESSION_DAYS = 30

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function startSession(
  prisma: PrismaClient,
  userId: string,
  details: { userAgent: string | null; address: string; previousSignInAt?: Date | null },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url')
  const sessionId = hashToken(token)
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000)
  await prisma.session.create({
    data: {
      id: sessionId,
      userId,
      expiresAt,
      userAgent: details.userAgent,
      address: details.address,
      previousSignInAt: details.previousSignInAt ?? null,
    },
  })
  return { token, sessionId, expiresAt }
}

const caches = new WeakMap<PrismaClient, SessionCache>()

/**
 * Remember resolved sessions on this client for `ttlMs`, where one process alone serves the database (the
 * embedded PGlite): a logout, a password change or a deactivation made here forgets them at once. Never on
 * PostgreSQL, where another process cannot tell this one's cache to forget: there every request reads its
 * session, so each of them is honoured by every process at the next request.
 */
export function rememberSessions(prisma: PrismaClient, ttlMs: number): void {
  if (ttlMs > 0) caches.set(prisma, new SessionCache(ttlMs))
}

const sessionSelect = {
  id: true,
  expiresAt: true,
  user: {
    select: { id: true, name: true, role: true, unitId: true, active: true, mustChangePassword: true, locale: true },
  },
} as const

type SessionRow = { id: string; expiresAt: Date; user: SessionUser & { active: boolean } }

/** The session as a request sees it, or null when it expired or its user was deactivated. */
function stillValid(session: SessionRow | null): ResolvedSession | null {
  if (!session || session.expiresAt < new Date() || !session.user.active) return null
  const { active: _active, ...user } = session.user
  return { sessionId: session.id, user }
}

export async function resolveSession(prisma: PrismaClient, token: string | undefined): Promise<ResolvedSession | null> {
  if (!token) return null
  const key = hashToken(token)
  const cached = caches.get(prisma)?.get(key)
  if (cached) return cached
  const session = await prisma.session.findUnique({ where: { id: key }, select: sessionSelect })
  const resolved = stillValid(session)
  if (resolved && session) caches.get(prisma)?.set(key, resolved, session.expiresAt)
  return resolved
}

/** Sessions by id (their stored hashes) as resolveSession would find them now, never remembered: the valid ones. */
export async function readSessions(prisma: PrismaClient, ids: string[]): Promise<Map<string, ResolvedSession>> {
  const rows = await prisma.session.findMany({ where: { id: { in: ids } }, select: sessionSelect })
  const valid = new Map<string, ResolvedSession>()
  for (const row of rows) {
    const resolved = stillValid(row)
    if (resolved) valid.set(row.id, resolved)
  }
  return valid
}

export function endSession(prisma: PrismaClient, sessionId: string) {
  caches.get(prisma)?.forget(sessionId)
  return prisma.session.deleteMany({ where: { id: sessionId } })
}

/** Call when a user's role, unit or standing changes, so no remembered session outlives it (embedded database). */
export function forgetUserSessions(prisma: PrismaClient, userId: string): void {
  caches.get(prisma)?.forgetUser(userId)
}

/** A cookie's value; undefined when absent or not decodable (`tp_session=%zz`): a bad cookie is no session. */
export function readCookie(header: string | null, name: string): string | undefined {
  const raw = rawCookie(header, name)
  if (!raw) return undefined
  try {
    return decodeURIComponent(raw)
  } catch {
    return undefined
  }
}

/** Whether the browser sent the cookie with any value at all, readable or not. */
export function hasCookie(header: string | null, name: string): boolean {
  return Boolean(rawCookie(header, name))
}

function rawCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const attributes = [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
  ]
  if (secure) attributes.push('Secure')
  return attributes.join('; ')
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', new Date(0), secure)
}
