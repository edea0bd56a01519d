// Brute-force limits, after the OWASP Authentication Cheat Sheet. Failures are counted per account AND
// address, so a stranger guessing at an account slows and then locks only their own way in: its owner
// signs in from their own network as usual. Separately, one address may not spray many accounts, and an
// account under attack from many addresses admits only addresses it has signed in from before.

export const loginLimits = {
  windowMinutes: 15,
  /** Failures per account and address before each further attempt must wait. */
  freeFailures: 3,
  maxDelaySeconds: 60,
  /** Failures per account and address that lock that pair for `lockMinutes`. */
  lockAfterFailures: 10,
  lockMinutes: 15,
  /** Failures from one address across all accounts (password spraying). */
  failuresPerAddress: 30,
  /** Failures on one account across all addresses: from then on only known addresses may try. */
  accountUnderAttack: 50,
} as const

export interface ThrottleFacts {
  now: Date
  /** This account's failures from this address since the last reset (success, lock, unlock), oldest first. */
  pairFailures: Date[]
  /** The end of a lock on this account from this address, if one is in force. */
  lockedUntil: Date | null
  /** Failures from this address in the window, on any account. */
  addressFailures: number
  /** Failures on this account in the window, from any address. */
  accountFailures: number
  /** This account has signed in successfully from this address before. */
  knownAddress: boolean
}

export type Refusal = 'LOCKED' | 'WAIT' | 'ADDRESS' | 'ACCOUNT_UNDER_ATTACK'
export type Verdict = { allowed: true } | { allowed: false; refusal: Refusal; retryAt: Date | null }

/** Seconds the next attempt must wait after `failures` consecutive failures: 0, then 1, 2, 4 … capped. */
export function delaySeconds(failures: number): number {
  if (failures < loginLimits.freeFailures) return 0
  return Math.min(2 ** (failures - loginLimits.freeFailures), loginLimits.maxDelaySeconds)
}

export function loginVerdict(facts: ThrottleFacts): Verdict {
  const { now } = facts
  if (facts.lockedUntil && facts.lockedUntil > now)
    return { allowed: false, refusal: 'LOCKED', retryAt: facts.lockedUntil }
  const last = facts.pairFailures.at(-1)
  const wait = delaySeconds(facts.pairFailures.length)
  if (last && wait > 0 && last.getTime() + wait * 1000 > now.getTime()) {
    return { allowed: false, refusal: 'WAIT', retryAt: new Date(last.getTime() + wait * 1000) }
  }
  if (facts.addressFailures >= loginLimits.failuresPerAddress) {
    return { allowed: false, refusal: 'ADDRESS', retryAt: new Date(now.getTime() + loginLimits.windowMinutes * 60_000) }
  }
  if (facts.accountFailures >= loginLimits.accountUnderAttack && !facts.knownAddress) {
    return { allowed: false, refusal: 'ACCOUNT_UNDER_ATTACK', retryAt: null }
  }
  return { allowed: true }
}

/** Whether the failure just recorded (the `failures`-th in a row) locks the account from this address. */
export function locksNow(failures: number): boolean {
  return failures >= loginLimits.lockAfterFailures
}

/** What the person at the login screen reads: when to try again. */
export function refusalMessage(verdict: Extract<Verdict, { allowed: false }>, now: Date): string {
  if (!verdict.retryAt)
    return '该账号近期被多处反复尝试登录，暂时只能在以前登录过的网络登录；如需立即登录，请联系管理员解锁'
  const seconds = Math.max(1, Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 1000))
  const after = seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`
  if (verdict.refusal === 'LOCKED') return `登录失败次数过多，已暂时锁定，请 ${after}后再试，或联系管理员解锁`
  return `登录失败次数过多，请 ${after}后再试`
}

export interface AccountLock {
  /** When the last lock in force ends; null when only the attack from many addresses holds the account. */
  until: Date | null
  /** How many addresses are locked out of the account now. */
  lockedAddresses: number
  /** So many failures from many addresses that only addresses it signed in from before may try. */
  underAttack: boolean
}

/**
 * Whether an account is locked now, as the office sees it on its list: the locks in force since its last
 * unlock (their ends), and its failures from any address in the window since then. Null: not locked.
 */
export function accountLock(lockEnds: readonly Date[], accountFailures: number, now: Date): AccountLock | null {
  const inForce = lockEnds.filter((until) => until > now)
  const underAttack = accountFailures >= loginLimits.accountUnderAttack
  if (!inForce.length && !underAttack) return null
  const until = inForce.length ? new Date(Math.max(...inForce.map((end) => end.getTime()))) : null
  return { until, lockedAddresses: inForce.length, underAttack }
}
