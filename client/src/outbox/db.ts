// The outbox's IndexedDB store: one object store, keyed by an increasing sequence number. Entries keep the shape
// every version of the app stored (StoredEntry, write.ts); one of an operation since changed would be upgraded
// here, in onupgradeneeded, under a new version number.
import type { NewWrite, OutboxEntry, StoredEntry } from './types.ts'
import { decodeEntry, encodeEntry } from './write.ts'

const storeName = 'writes'

export interface OutboxDb {
  add(write: NewWrite): Promise<OutboxEntry>
  /** Every entry, oldest first. */
  all(): Promise<OutboxEntry[]>
  put(entry: OutboxEntry): Promise<void>
  remove(seq: number): Promise<void>
  /** Removes acknowledged entries and records what became of the next one, in one transaction. */
  settle(removed: number[], updated?: OutboxEntry): Promise<void>
  close(): void
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'))
  })
}

export async function openOutboxDb(name = 'tp-outbox'): Promise<OutboxDb> {
  const open = indexedDB.open(name, 1)
  open.onupgradeneeded = () => {
    open.result.createObjectStore(storeName, { keyPath: 'seq', autoIncrement: true })
  }
  const db = await request(open)
  // Another tab upgrading the schema must not be blocked by this one.
  db.onversionchange = () => db.close()

  async function write<T>(run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const tx = db.transaction(storeName, 'readwrite')
    const result = request(run(tx.objectStore(storeName)))
    await done(tx)
    return result
  }

  return {
    async add(write_) {
      const draft = { ...write_, createdAt: new Date().toISOString(), status: 'pending' as const, attempts: 0 }
      const seq = await write((store) => store.add(draft))
      return { ...draft, seq: Number(seq) }
    },
    async all() {
      const tx = db.transaction(storeName, 'readonly')
      const stored: StoredEntry[] = await request(tx.objectStore(storeName).getAll())
      return stored.map(decodeEntry)
    },
    async put(entry) {
      await write((store) => store.put(encodeEntry(entry)))
    },
    async remove(seq) {
      await write((store) => store.delete(seq))
    },
    async settle(removed, updated) {
      const tx = db.transaction(storeName, 'readwrite')
      const store = tx.objectStore(storeName)
      for (const seq of removed) store.delete(seq)
      if (updated) store.put(encodeEntry(updated))
      await done(tx)
    },
    close: () => db.close(),
  }
}
