// Entries a phone stored before the outbox was typed by its registry (or by any other version of the app)
// still send: the stored shape is the same, read through one decoding, and written back unchanged.
import { afterEach, describe, expect, it } from 'vitest'
import { Client, fetchExchange } from '@urql/core'
import { openOutboxDb, type OutboxDb } from '../../client/src/outbox/db.ts'
import { Outbox } from '../../client/src/outbox/outbox.ts'
import { urqlSender } from '../../client/src/outbox/send.ts'

const dbName = 'tp-outbox-stored-before'
const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })

/** A signing, as the outbox of the previous version stored it (version 1 of the database, its own upgrade). */
const storedSigning = {
  id: '0195a1b2-0000-7000-8000-0000000000c1',
  operation: 'recordSigning',
  variables: {
    input: {
      clientMutationId: '0195a1b2-0000-7000-8000-0000000000c1',
      id: '0195a1b2-0000-7000-8000-000000000001',
      agreementKind: 'INVESTMENT',
      signedAt: '2026-11-20',
      investmentAgreed: '5000',
    },
  },
  ownerId: 'user-a',
  recordIds: ['0195a1b2-0000-7000-8000-000000000001'],
  createdAt: '2026-11-20T08:00:00.000Z',
  status: 'pending',
  attempts: 0,
}
/** A write of an operation this version no longer has. */
const storedForeign = {
  ...storedSigning,
  id: 'cm-removed',
  operation: 'recordSigningV0',
  variables: { input: { id: 'project-2', signed: true } },
  recordIds: ['project-2'],
}

async function storeAsBefore(entries: object[]) {
  const open = indexedDB.open(dbName, 1)
  open.onupgradeneeded = () => open.result.createObjectStore('writes', { keyPath: 'seq', autoIncrement: true })
  const db = await request(open)
  const tx = db.transaction('writes', 'readwrite')
  for (const entry of entries) tx.objectStore('writes').add(entry)
  await new Promise((resolve) => (tx.oncomplete = resolve))
  db.close()
}

async function rawEntries(): Promise<Record<string, unknown>[]> {
  const db = await request(indexedDB.open(dbName))
  const all = await request(db.transaction('writes').objectStore('writes').getAll())
  db.close()
  return all
}

let opened: OutboxDb | null = null
afterEach(async () => {
  opened?.close()
  await request(indexedDB.deleteDatabase(dbName))
})

describe('entries stored before the typed outbox', () => {
  it('are read as the operation they name, with their variables', async () => {
    await storeAsBefore([storedSigning])
    opened = await openOutboxDb(dbName)
    const [entry] = await opened.all()
    expect(entry).toEqual({ ...storedSigning, seq: 1 })
    expect(entry?.operation === 'recordSigning' && entry.variables.input.signedAt).toBe('2026-11-20')
  })

  it('go to the server as that mutation and variables; an unknown operation is refused and kept', async () => {
    await storeAsBefore([storedSigning, storedForeign])
    opened = await openOutboxDb(dbName)
    const bodies: { query: string; variables: unknown }[] = []
    const client = new Client({
      url: 'http://phone.test/graphql',
      exchanges: [fetchExchange],
      fetch: async (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)))
        const data = { recordSigning: { __typename: 'Project', id: 'UHJvamVjdDox', uuid: storedSigning.recordIds[0] } }
        return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } })
      },
    })
    const outbox = new Outbox({
      db: opened,
      sendBatch: urqlSender(client),
      maxBatch: 15,
      currentUserId: () => 'user-a',
    })
    await outbox.flush()

    expect(bodies).toHaveLength(1)
    expect(bodies[0]!.query).toMatch(/mutation StaffRecordSigning\(\$input: RecordSigningInput!\)/)
    expect(bodies[0]!.variables).toEqual(storedSigning.variables)
    const [left] = await opened.all()
    expect(left).toMatchObject({ operation: null, storedOperation: 'recordSigningV0', status: 'failed' })
    expect(left?.lastError).toMatchObject({ code: 'UNKNOWN_OPERATION' })
    // Written back in the shape every version stores: the next app that knows the operation can send it.
    const [raw] = await rawEntries()
    expect(raw).toMatchObject({ operation: 'recordSigningV0', variables: storedForeign.variables })
    expect(raw).not.toHaveProperty('storedOperation')
  })
})
