// The database's own refusals (trigger functions raising SQLSTATE class TP, e.g. migration
// credit_once_per_talent): the message is the Chinese one the user reads, DETAIL the DomainError code. Every
// write path meets them, so every write path answers with them rather than an internal error.
import { Prisma } from '../generated/prisma/client.ts'
import { DomainError, type ErrorCode } from '../domain/errors.ts'

const refusalCodes: readonly ErrorCode[] = ['CONFLICT', 'CREDIT_CONFLICT', 'BAD_USER_INPUT']

interface DriverCause {
  originalCode?: unknown
  originalMessage?: unknown
  detail?: unknown
}

export function databaseRefusal(error: unknown): DomainError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null
  const cause = (error.meta as { driverAdapterError?: { cause?: DriverCause } } | undefined)?.driverAdapterError?.cause
  if (
    typeof cause?.originalCode !== 'string' ||
    !cause.originalCode.startsWith('TP') ||
    typeof cause.originalMessage !== 'string'
  )
    return null
  const code = refusalCodes.find((known) => known === cause.detail) ?? 'CONFLICT'
  return new DomainError(code, cause.originalMessage)
}
