// At-most-once writes: a phone replays its outbox after a lost response or a crash, and each write
// carries a client mutation id. The id is claimed in the same transaction as the write, so either both
// commit or neither does; a replay (even a concurrent one) finds the claim and gets the first result.
import type { PrismaClient } from '../generated/prisma/client.ts'
import { Prisma } from '../generated/prisma/client.ts'
import { DomainError } from '../domain/errors.ts'
import { databaseRefusal } from './database-refusal.ts'

export type Transaction = Prisma.TransactionClient

export interface WriteKey {
  clientMutationId: string
  userId: string
  operation: string
}

export async function applyOnce(
  prisma: PrismaClient,
  key: WriteKey,
  options: {
    timeoutMs?: number | undefined
    /** Told each time PostgreSQL cancelled the transaction and it is run again. */
    onRetry?: (() => void) | undefined
    /** The record the input names, when the write answers with it: a replay must have answered with it too. */
    recordId?: string | undefined
  },
  write: (tx: Transaction) => Promise<string>,
): Promise<{ resultId: string; replayed: boolean }> {
  const earlier = await findApplied(prisma, key)
  if (earlier) return replayOf(earlier, options.recordId)
  try {
    const resultId = await retryingConflicts(options.onRetry, () =>
      prisma.$transaction(
        async (tx) => {
          const id = await write(tx)
          // Claimed after the write, with its result: one statement where a claim first and its result after were
          // two (bench/README.md, a working day's load). The id is unique, so of two copies racing only one commits.
          await tx.appliedMutation.create({
            data: {
              clientMutationId: key.clientMutationId,
              userId: key.userId,
              operation: key.operation,
              resultId: id,
            },
          })
          return id
        },
        options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
      ),
    )
    return { resultId, replayed: false }
  } catch (error) {
    // A concurrent copy of the same write committed first: this one failed on its claim, on the rows the first
    // made, or on the version the first moved. Either way the write is applied once: answer with its result.
    const winner = await findApplied(prisma, key).catch((lookup: unknown) => {
      if (lookup instanceof DomainError) throw lookup
      return null // the database is gone too: the write's own error says more
    })
    if (winner) return replayOf(winner, options.recordId)
    if (!isUniqueViolation(error)) throw databaseRefusal(error) ?? error
    throw new DomainError('CONFLICT', '该记录已存在（编号重复），请刷新后重试')
  }
}

const conflictAttempts = 3

/**
 * Runs the transaction again when PostgreSQL broke a deadlock or a serialization conflict by cancelling it
 * (P2034, or 40P01/40001 under a raw statement): nothing of it was applied, and the statistics triggers' row
 * locks make two writes to the same unit's counts wait for each other, which can, rarely, go round in a circle.
 */
async function retryingConflicts<T>(onRetry: (() => void) | undefined, transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction()
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= conflictAttempts) throw error
      onRetry?.()
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30))
    }
  }
}

/** P2034 from a model query; a raw statement's failure (P2010) carries the driver's kind and PostgreSQL's code. */
export function isWriteConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false
  if (error.code === 'P2034') return true
  const cause = (
    error.meta as { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } | undefined
  )?.driverAdapterError?.cause
  return (
    cause?.kind === 'TransactionWriteConflict' || cause?.originalCode === '40P01' || cause?.originalCode === '40001'
  )
}

async function findApplied(prisma: PrismaClient, key: WriteKey): Promise<string | null> {
  const applied = await prisma.appliedMutation.findUnique({ where: { clientMutationId: key.clientMutationId } })
  if (!applied) return null
  if (applied.userId !== key.userId || applied.operation !== key.operation) {
    throw new DomainError('CONFLICT', '操作编号已被另一项操作使用', { field: 'clientMutationId' })
  }
  return applied.resultId
}

/**
 * A client mutation id already applied, sent again naming another record (a broken client, or one reusing ids):
 * the write is not run again, and answering with the named record would present it as changed when it was not.
 */
function replayOf(resultId: string, recordId: string | undefined): { resultId: string; replayed: true } {
  // A UUID names the same row in either case (PostgreSQL hands it back in lower case).
  if (recordId !== undefined && recordId.toLowerCase() !== resultId.toLowerCase()) {
    throw new DomainError('CONFLICT', '操作编号已用于另一条记录', { field: 'clientMutationId' })
  }
  return { resultId, replayed: true }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}
