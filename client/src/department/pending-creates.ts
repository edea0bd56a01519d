// Requests logged on this phone and not yet acknowledged: shown at once, from the outbox.
import type { OutboxEntry } from '../outbox/types.ts'
import type { SupportCategory } from './support-steps.ts'

export interface PendingCreate {
  id: string
  projectId: string
  category: SupportCategory
  description: string
  departmentName: string | null
}

export interface PendingCreateEntry {
  request: PendingCreate
  entry: OutboxEntry
}

export function pendingCreates(
  entries: readonly OutboxEntry[],
  departmentName: (uuid: string) => string | undefined,
): PendingCreateEntry[] {
  return entries.flatMap((entry) => {
    const input = entry.variables.input as Record<string, unknown> | undefined
    if (entry.operation !== 'createSupportRequest' || typeof input?.id !== 'string') return []
    const departmentId = typeof input.departmentId === 'string' ? input.departmentId : null
    const request: PendingCreate = {
      id: input.id,
      projectId: String(input.projectId),
      category: input.category as SupportCategory,
      description: String(input.description ?? ''),
      departmentName: departmentId ? (departmentName(departmentId) ?? '') : null,
    }
    return [{ request, entry }]
  })
}
