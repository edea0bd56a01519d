// node(id) and nodes(ids): an id the caller may not reach answers null, exactly like an id that does not
// exist, so the answer never hints at another unit's records.
import { Prisma } from '../generated/prisma/client.ts'

const unreachable = new Set(['P2025' /* not found under the scope filter */, 'P2023' /* not a UUID */])

export async function nullWhenUnreachable<T>(load: () => Promise<T> | T): Promise<T | null> {
  try {
    return await load()
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && unreachable.has(error.code)) return null
    throw error
  }
}
