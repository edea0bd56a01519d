import type { Transaction } from './apply-once.ts'
import type { Prisma } from '../generated/prisma/client.ts'

export interface AuditEntry {
  actorId: string | null
  action: string
  entity: string
  entityId?: string | null
  changes?: Prisma.InputJsonValue
  reason?: string | null
  address?: string | null
}

export function audit(tx: Transaction, entry: AuditEntry) {
  return tx.auditLog.create({ data: entry })
}
