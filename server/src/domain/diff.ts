/** The fields that differ between two versions of a record, as JSON-safe values, for the audit log. */
export interface FieldChanges {
  before: Record<string, unknown>
  after: Record<string, unknown>
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (value !== null && typeof value === 'object' && 'toFixed' in value) return String(value)
  if (Array.isArray(value)) return value.map(plain)
  return value ?? null
}

/** A whole record in JSON-safe form, empty fields included (as null), without the ignored ones. */
export function plainRecord(record: Record<string, unknown>, ignore: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => !ignore.includes(key))
      .map(([key, value]) => [key, plain(value)]),
  )
}

export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: readonly string[] = ['version', 'updatedAt', 'createdAt'],
): FieldChanges {
  const changes: FieldChanges = { before: {}, after: {} }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key) || !(key in after)) continue
    const [was, now] = [plain(before[key]), plain(after[key])]
    if (JSON.stringify(was) === JSON.stringify(now)) continue
    changes.before[key] = was
    changes.after[key] = now
  }
  return changes
}

export function hasChanges(changes: FieldChanges): boolean {
  return Object.keys(changes.after).length > 0
}
