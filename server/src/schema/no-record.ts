/**
 * The answer of a t.prismaField that has nothing to read (no session, a record the reader may not see):
 * null, without asking the database. Pothos warns "Prisma query was unused" (builder.ts, onUnusedQuery) for
 * any call that leaves the planned selection unread; here it is not needed, and reading it says so.
 */
export function noRecord(query: object): null {
  void { ...query }
  return null
}
