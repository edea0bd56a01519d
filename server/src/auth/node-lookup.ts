// node(id) and nodes(ids): an id the caller may not reach answers null, exactly like an id that does not
// exist, so the answer never hints at another unit's records. So does an id that cannot name a record at
// all: a type that is no Node, or a payload that is no UUID (every primary key is one).
import { isObjectType, type GraphQLSchema } from 'graphql'
import { Prisma } from '../generated/prisma/client.ts'

const unreachable = new Set(['P2025' /* not found under the scope filter */, 'P2023' /* not a UUID */])
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface DecodedGlobalId {
  typename: string
  id: string
}

/** Whether the id may name a record: its type is a Node of this schema and its payload a UUID. */
export function canNameRecord(
  schema: GraphQLSchema,
  globalId: DecodedGlobalId | null | undefined,
): globalId is DecodedGlobalId {
  if (!globalId || !uuidPattern.test(String(globalId.id))) return false
  const type = schema.getType(globalId.typename)
  return isObjectType(type) && type.getInterfaces().some((node) => node.name === 'Node')
}

export async function nullWhenUnreachable<T>(load: () => Promise<T> | T): Promise<T | null> {
  try {
    return await load()
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && unreachable.has(error.code)) return null
    throw error
  }
}
