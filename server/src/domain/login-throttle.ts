/** Brute-force limits: failures within the window, per account and per network address. */
export const loginLimits = {
  windowMinutes: 15,
  failuresPerLogin: 5,
  failuresPerAddress: 30,
} as const

export function isThrottled(failures: { byLogin: number; byAddress: number }): boolean {
  return failures.byLogin >= loginLimits.failuresPerLogin || failures.byAddress >= loginLimits.failuresPerAddress
}
