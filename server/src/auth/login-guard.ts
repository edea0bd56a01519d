// Reads and writes the throttle's facts. They live in the database (LoginAttempt, LoginLock), not in a
// process's memory: several server processes share one PostgreSQL, and an attacker spreading attempts
// over them, or a restart, must not reset the count.
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { DomainError } from '../domain/errors.ts'
import {
  accountLock,
  loginLimits,
  loginVerdict,
  locksNow,
  refusalMessage,
  type AccountLock,
} from '../domain/login-throttle.ts'

interface Attempt {
  login: string
  address: string
  /** The account's last unlock by an administrator, when the login names an account. */
  unlockedAt: Date | null
  now: Date
}

const latest = <T extends Date | null | undefined>(...dates: T[]) =>
  new Date(Math.max(...dates.filter((date): date is NonNullable<T> => Boolean(date)).map((date) => date.getTime())))

/** The failures that count for this account from this address: since the window opened, or the last reset. */
async function pairFailures(prisma: PrismaClient, attempt: Attempt) {
  const { login, address, now } = attempt
  const [lock, success] = await Promise.all([
    prisma.loginLock.findFirst({
      where: { login, address },
      orderBy: { lockedAt: 'desc' },
      select: { lockedAt: true, until: true },
    }),
    prisma.loginAttempt.findFirst({
      where: { login, address, succeeded: true },
      orderBy: { at: 'desc' },
      select: { at: true },
    }),
  ])
  const since = latest(
    new Date(now.getTime() - loginLimits.windowMinutes * 60_000),
    attempt.unlockedAt,
    lock?.lockedAt,
    success?.at,
  )
  const failures = await prisma.loginAttempt.findMany({
    where: { login, address, succeeded: false, at: { gt: since } },
    orderBy: { at: 'asc' },
    select: { at: true },
  })
  const lockedUntil = lock && (!attempt.unlockedAt || lock.lockedAt > attempt.unlockedAt) ? lock.until : null
  return { failures: failures.map((failure) => failure.at), lockedUntil, knownAddress: Boolean(success) }
}

/** Throws TOO_MANY_ATTEMPTS (with when to retry) unless this attempt may be checked at all. */
export async function guardLogin(prisma: PrismaClient, attempt: Attempt): Promise<void> {
  const { login, address, now } = attempt
  const windowStart = new Date(now.getTime() - loginLimits.windowMinutes * 60_000)
  const [pair, addressFailures, accountFailures] = await Promise.all([
    pairFailures(prisma, attempt),
    prisma.loginAttempt.count({ where: { address, succeeded: false, at: { gt: windowStart } } }),
    prisma.loginAttempt.count({
      where: { login, succeeded: false, at: { gt: latest(windowStart, attempt.unlockedAt) } },
    }),
  ])
  const verdict = loginVerdict({
    now,
    pairFailures: pair.failures,
    lockedUntil: pair.lockedUntil,
    addressFailures,
    accountFailures,
    knownAddress: pair.knownAddress,
  })
  if (verdict.allowed) return
  throw new DomainError('TOO_MANY_ATTEMPTS', refusalMessage(verdict, now), {
    retryAt: verdict.retryAt?.toISOString() ?? null,
  })
}

/** What happens with a new lock, in its transaction (the account's owner is told: schema/notice/lock-notices.ts). */
export type OnLock = (
  tx: Prisma.TransactionClient,
  lock: { id: string; login: string; until: Date },
) => Promise<unknown>

/** Records the attempt; the failure that completes a run locks this account from this address. */
export async function recordLoginAttempt(
  prisma: PrismaClient,
  attempt: Attempt,
  succeeded: boolean,
  onLock?: OnLock,
): Promise<void> {
  const { login, address, now } = attempt
  await prisma.loginAttempt.create({ data: { login, address, succeeded, at: now } })
  if (succeeded) return
  const pair = await pairFailures(prisma, attempt)
  if (!locksNow(pair.failures.length) || (pair.lockedUntil && pair.lockedUntil > now)) return
  await prisma.$transaction(async (tx) => {
    const lock = await tx.loginLock.create({
      data: {
        login,
        address,
        failures: pair.failures.length,
        lockedAt: now,
        until: new Date(now.getTime() + loginLimits.lockMinutes * 60_000),
      },
    })
    await onLock?.(tx, lock)
  })
}

/**
 * Which of `accounts` are locked now, and how (domain/login-throttle.ts, accountLock), in two statements
 * for a whole list: the locks in force and the failures in the window, each since the account's last unlock.
 */
export async function accountLocks(
  prisma: PrismaClient,
  accounts: readonly { login: string; loginUnlockedAt: Date | null }[],
  now: Date,
): Promise<Map<string, AccountLock | null>> {
  const windowStart = new Date(now.getTime() - loginLimits.windowMinutes * 60_000)
  const since = (account: (typeof accounts)[number]) => latest(windowStart, account.loginUnlockedAt)
  const [locks, failures] = await Promise.all([
    prisma.loginLock.findMany({
      where: { login: { in: accounts.map((account) => account.login) }, until: { gt: now } },
      select: { login: true, lockedAt: true, until: true },
    }),
    prisma.loginAttempt.groupBy({
      by: ['login'],
      where: {
        succeeded: false,
        OR: accounts.map((account) => ({ login: account.login, at: { gt: since(account) } })),
      },
      _count: { _all: true },
    }),
  ])
  return new Map(
    accounts.map((account) => {
      const ends = locks
        .filter((lock) => lock.login === account.login)
        .filter((lock) => !account.loginUnlockedAt || lock.lockedAt > account.loginUnlockedAt)
        .map((lock) => lock.until)
      const failed = failures.find((row) => row.login === account.login)?._count._all ?? 0
      return [account.login, accountLock(ends, failed, now)]
    }),
  )
}
