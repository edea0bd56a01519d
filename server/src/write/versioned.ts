// Optimistic concurrency: an update names the version it was based on. A stale version is a CONFLICT
// carrying the current record, so the phone can show both values and let the user choose.
import { DomainError } from '../domain/errors.ts'
import { plainRecord } from '../domain/diff.ts'

export interface Versioned {
  id: string
  version: number
}

export function conflictError(entityLabel: string, current: Versioned): DomainError {
  // Every field, the empty ones as null: the phone compares each field it wrote with the server's value.
  return new DomainError(
    'CONFLICT',
    `该${entityLabel}已被他人修改（当前为第 ${current.version} 版），请查看最新内容后再提交`,
    {
      current: plainRecord(current as unknown as Record<string, unknown>, ['updatedAt', 'createdAt']),
    },
  )
}

/**
 * Applies `update` only if the record is still at `expectedVersion`: the update itself must filter
 * on the version (updateMany where { id, version }) so that two writers racing cannot both win.
 */
export async function updateIfVersion<T extends Versioned>(
  entityLabel: string,
  current: T,
  expectedVersion: number,
  update: (where: { id: string; version: number }) => Promise<{ count: number }>,
  reload: () => Promise<T | null>,
): Promise<void> {
  if (current.version !== expectedVersion) throw conflictError(entityLabel, current)
  const { count } = await update({ id: current.id, version: expectedVersion })
  if (count === 1) return
  const now = await reload()
  if (!now) throw DomainError.notFound(entityLabel)
  throw conflictError(entityLabel, now)
}
