// What the request's client (scoped-client.ts) does with writes. A write that chooses its rows by `where`
// meets the model's read rule as a read does: it reaches only rows the reader may read, and a row out of reach
// is, to it, a row that does not exist. So
// - updateMany, updateManyAndReturn, deleteMany change only the reader's rows and count only those (a versioned
//   update of another unit's row finds none, and updateIfVersion answers NOT_FOUND, as for a missing one);
// - update and delete of a row out of reach are refused with NOT_FOUND, the answer for a missing row;
// - upsert finds no row out of reach, so it creates one, and the row's unique key refuses that: it writes
//   nothing to the row it could not read.
// Creating rows is the write's own access check: a new row has no rule to meet yet. Nested writes that change
// or remove existing rows (`data: { followers: { deleteMany } }`) would escape the rules, so they are refused:
// write that model by its own call. A write that must reach other units' rows on purpose says so
// (writingAcrossUnits in scoped-client.ts).
import { Prisma } from '../generated/prisma/client.ts'
import { DomainError } from '../domain/errors.ts'
import { relations } from './scoped-selection.ts'

export const filteredWrites = new Set(['updateMany', 'updateManyAndReturn', 'deleteMany', 'update', 'delete', 'upsert'])

export const oneRowWrites = new Set(['update', 'delete'])

/** The writes whose data may write related rows (createMany and updateMany write only columns). */
const writesWithRelations = new Set(['create', 'update', 'upsert'])

/** Nested writes that change or remove rows a rule would have to filter. */
const nestedChanges = new Set(['update', 'updateMany', 'upsert', 'delete', 'deleteMany', 'set', 'disconnect'])

type Args = Record<string, unknown>

/**
 * Refuses, before anything is sent, a write whose data changes or removes related rows. Deeper nesting can
 * only sit inside one of those (a nested create may only create or connect), so the first level is enough.
 */
export function refuseNestedChanges(model: string, operation: string, args: Args): void {
  if (!writesWithRelations.has(operation)) return
  const data = operation === 'upsert' ? [args.create, args.update] : [args.data]
  for (const fields of data) {
    if (!fields || typeof fields !== 'object') continue
    for (const [field, value] of Object.entries(fields)) {
      if (!relations.get(model)?.has(field) || !value || typeof value !== 'object') continue
      const change = Object.keys(value).find((key) => nestedChanges.has(key))
      if (change)
        throw new Error(
          `${model}.${field}: a nested ${change} through the request's client would escape the read rules; ` +
            'write that model by its own call',
        )
    }
  }
}

/** A one-row write's answer, with a row out of reach (or missing) as NOT_FOUND, not Prisma's internal error. */
export async function notFoundWhenOutOfReach<T>(write: PromiseLike<T>): Promise<T> {
  try {
    return await write
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025')
      throw DomainError.notFound('该记录')
    throw error
  }
}
