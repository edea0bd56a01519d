// What an outbox entry is, in the user's words: the kind of write, the record it touches, what it says.
import type { Client } from '@urql/core'
import { graphql } from '../graphql.ts'
import type { OutboxEntry } from '../outbox/types.ts'
import { inputOf, leadOf, newProjectOf } from '../outbox/overlay.ts'
import { operationName } from '../outbox/write.ts'
import { leadTitle } from '@talent/rules/lead-title'
import { catalogues, locale, t, type MessageKey } from '../i18n/index.ts'

/** 登记线索, 修改项目…; an operation this version does not know keeps its code name. */
export function operationLabel(operation: string): string {
  const key = `sync.op.${operation}`
  return key in catalogues[locale()] ? t(key as MessageKey) : operation
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
const clip = (value: string, max = 40) => (value.length > max ? `${value.slice(0, max - 1)}…` : value)

/** What the write says: a lead's title, the new title, a follow-up's summary, a person's name, a purpose. */
export function entrySubject(entry: OutboxEntry): string | null {
  const lead = leadOf(entry)
  if (lead) return leadTitle(lead)
  const input = inputOf(entry)
  const found =
    text(input.title) ??
    text(input.summary) ??
    text(input.talentName) ??
    text(input.name) ??
    text(input.companyName) ??
    text(input.description) ??
    text(input.purpose)
  return found ? clip(found) : null
}

const RecordNameQuery = graphql(`
  query SyncRecordName($id: ID!) {
    node(id: $id) {
      id
      ... on Project { title }
      ... on Talent { name }
      ... on Activity { summary }
    }
  }
`)

/**
 * The name of a record the phone knows: one created by an earlier write still in the outbox, or one
 * already read from the server (graphcache answers without the network).
 */
export function recordName(recordId: string, entries: readonly OutboxEntry[], client?: Client): string | null {
  for (const entry of entries) {
    const project = newProjectOf(entry)
    if (project?.projectId === recordId) return project.title
    if (project?.talentId === recordId && project.talentName) return project.talentName
  }
  if (!client) return null
  for (const typename of ['Project', 'Talent', 'Activity']) {
    try {
      const node = client.readQuery(RecordNameQuery, { id: btoa(`${typename}:${recordId}`) })?.data?.node as
        | { title?: string; name?: string; summary?: string }
        | null
        | undefined
      const name = node?.title ?? node?.name ?? (node?.summary ? clip(node.summary) : undefined)
      if (name) return name
    } catch {
      // Not in the cache, or an id that is not a uuid: the short id will do.
    }
  }
  return null
}

/** The record a write touches, by name when the phone knows it, else by the end of its id. */
export function recordLabel(entry: OutboxEntry, entries: readonly OutboxEntry[], client?: Client): string {
  const recordId = entry.recordIds[0]
  if (!recordId) return t('sync.record.none')
  return recordName(recordId, entries, client) ?? t('sync.record.short', { id: recordId.slice(-6) })
}

/** The one line that names an entry in a list or a confirmation: 登记线索「王芳（浙大）项目」. */
export function entryTitle(entry: OutboxEntry, entries: readonly OutboxEntry[] = [], client?: Client): string {
  const subject = entrySubject(entry) ?? recordLabel(entry, entries, client)
  return t('sync.entry.title', { operation: operationLabel(operationName(entry)), subject })
}
