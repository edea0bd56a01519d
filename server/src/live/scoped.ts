// The answers shared by the live topics: which of the rows an event names the reader may read, through the
// reader's own scoped client (context.prisma), so the read rules of auth/read-rules.ts decide, as for a query.
import { encodeGlobalID } from '@pothos/plugin-relay'
import type { LiveEvent } from './events.ts'
import type { LiveChange, LiveReader } from './bus.ts'

type Model = 'project' | 'supportRequest'

const typeName: Record<Model, string> = { project: 'Project', supportRequest: 'SupportRequest' }
/** The column naming the unit an event's `units` stand for. */
const unitColumn: Record<Model, string> = { project: 'unitId', supportRequest: 'departmentId' }

/**
 * The rows of `model` the events name that `reader` reads, as global ids; `reread` when an event named too many
 * rows to list and the reader reads at least one row of the units it names (any row: units null).
 */
export async function readableChange(
  model: Model,
  events: LiveEvent[],
  reader: LiveReader,
): Promise<LiveChange | null> {
  // The scoped client's delegates differ in type only; both take `where` and `select: { id }`.
  const rows = reader.prisma[model] as unknown as {
    findMany(args: object): Promise<{ id: string }[]>
    findFirst(args: object): Promise<{ id: string } | null>
  }
  const named = [...new Set(events.flatMap((event) => event.ids ?? []))]
  const bulk = events.filter((event) => event.ids === null)
  let reread = false
  if (bulk.length) {
    const units = bulk.some((event) => event.units === null) ? null : [...new Set(bulk.flatMap((e) => e.units!))]
    const where = units ? { [unitColumn[model]]: { in: units } } : {}
    reread = (await rows.findFirst({ where, select: { id: true } })) !== null
  }
  const readable = named.length ? await rows.findMany({ where: { id: { in: named } }, select: { id: true } }) : []
  if (!reread && readable.length === 0) return null
  return { ids: readable.map((row) => encodeGlobalID(typeName[model], row.id)), reread }
}
