import type { TypedDocumentNode } from '@urql/core'

/** The mutations this area queues in the outbox, by operation name (see outbox/send.ts). */
export const syncWrites: Record<string, TypedDocumentNode<any, any>> = {}
