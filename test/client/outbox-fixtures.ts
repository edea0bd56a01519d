// Outbox entries for the tests: written as the app writes them (typed by the registry), or handed back as
// IndexedDB would hand them, whatever their fields, through the same decoding as a stored entry.
import type { NewWrite, OutboxEntry, OutboxInput, StoredEntry } from '../../client/src/outbox/types.ts'
import { decodeEntry } from '../../client/src/outbox/write.ts'

type Stored = Pick<StoredEntry, 'seq' | 'operation' | 'variables'> & Partial<StoredEntry>

export function storedEntry({ seq, ...fields }: Stored): OutboxEntry {
  return decodeEntry({
    seq,
    id: `cm-${seq}`,
    ownerId: 'me',
    recordIds: [],
    createdAt: '2026-11-24T00:00:00.000Z',
    status: 'pending',
    attempts: 0,
    ...fields,
  })
}

/** A new lead's input, valid as the server takes it; `name` is the talent's name. */
export const leadInput = (name: string, id = name): OutboxInput<'createLead'> => ({
  clientMutationId: `cm-${id}`,
  projectId: `project-${id}`,
  talentId: `talent-${id}`,
  talentName: name,
  sourceChannel: 'OTHER',
})

/** A new lead as a write of `owner`, touching `recordIds`. */
export const leadWrite = (id: string, name: string, ownerId: string, recordIds: string[]): NewWrite => ({
  id,
  operation: 'createLead',
  variables: { input: leadInput(name, id) },
  ownerId,
  recordIds,
})
