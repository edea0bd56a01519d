// Finding a talent by a full phone number one may not see (masked data) is allowed, but each such lookup
// is audited and a user gets only so many an hour: enough for the work, too few to test numbers in bulk.
export const contactLookupLimits = { windowMinutes: 60, perUser: 20 } as const

export function isLookupThrottled(lookupsInWindow: number): boolean {
  return lookupsInWindow >= contactLookupLimits.perUser
}

export const contactLookupAction = 'lookupContact'
