// The database refuses a second unit's active project for a talent another unit follows (migration
// talent_claims_in_database); this turns that refusal into the CLAIMED error the forms already know.
import { DomainError } from '../../domain/errors.ts'

const marker = /TALENT_CLAIMED: ([^\n"\\]+)/

function messagesOf(error: unknown): string[] {
  if (!(error instanceof Error)) return []
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalMessage?: unknown } } } }).meta
  const original = meta?.driverAdapterError?.cause?.originalMessage
  return [error.message, ...(typeof original === 'string' ? [original] : []), ...messagesOf(error.cause)]
}

/** The names of the units following the talent when `error` is the database's claim refusal, else null. */
export function claimedBy(error: unknown): string | null {
  for (const message of messagesOf(error)) {
    const found = marker.exec(message)
    if (found) return found[1]!.trim()
  }
  return null
}

// The talent a CLAIMED refusal is about, kept off the error's extensions: the caller may not learn its id, but
// the server tells the talent's followers someone tried (schema/notice/claim-notices.ts).
const claimedTalents = new WeakMap<Error, string>()

export function claimedError(followedBy: string, talent = '该人才', talentId?: string): DomainError {
  const error = new DomainError('CLAIMED', `${talent}正由${followedBy}跟进，不能重复立项；如有异议请联系人才办协调`, {
    followedBy,
  })
  if (talentId) claimedTalents.set(error, talentId)
  return error
}

/** The talent a claim refusal (claimedError) was about, when the application refused it and knew which. */
export function claimedTalentOf(error: unknown): string | null {
  return error instanceof Error ? (claimedTalents.get(error) ?? null) : null
}

/** Runs a write; the database's claim refusal comes out as CLAIMED, naming the following units only. */
export async function mappingClaimRefusal<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const followedBy = claimedBy(error)
    throw followedBy ? claimedError(followedBy) : error
  }
}
