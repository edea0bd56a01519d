import type { OutboxDb } from './db.ts'

/** An OutboxDb usable at once, whose calls wait for the database to open. */
export function lazyDb(opening: Promise<OutboxDb>): OutboxDb {
  return {
    add: async (write) => (await opening).add(write),
    all: async () => (await opening).all(),
    put: async (entry) => (await opening).put(entry),
    remove: async (seq) => (await opening).remove(seq),
    settle: async (removed, updated) => (await opening).settle(removed, updated),
    close: () => void opening.then((db) => db.close()),
  }
}
