// The audit log's hash chain, as the verifier recomputes it. The database writes each link
// (audit_chain_content and audit_chain_append in prisma/migrations/*_audit_chain): the two must agree,
// and test/server/audit-chain.test.ts checks that they do on awkward text.
import { createHash } from 'node:crypto'

/** One audit entry as read for the chain: every column as text, as PostgreSQL renders it. */
export interface ChainedEntry {
  id: string
  actorId: string | null
  action: string
  entity: string
  entityId: string | null
  /** `changes::text`: PostgreSQL's normalised jsonb text. */
  changes: string | null
  reason: string | null
  address: string | null
  at: Date
}

export interface ChainHead {
  seq: number
  hash: string
}

export function auditChainContent(seq: number, entry: ChainedEntry): string {
  return JSON.stringify([
    seq,
    entry.id,
    entry.actorId,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.changes,
    entry.reason,
    entry.address,
    entry.at.toISOString(),
  ])
}

/** The hash of link `seq`, after the link whose hash is `previousHash` ('' before the first). */
export function auditChainHash(previousHash: string, seq: number, entry: ChainedEntry): string {
  return createHash('sha256')
    .update(previousHash + auditChainContent(seq, entry), 'utf8')
    .digest('hex')
}

/** `--expect-head 42:9f86d0…`: the head the office wrote down from an earlier run. */
export function parseChainHead(text: string): ChainHead | null {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim())
  return match ? { seq: Number(match[1]), hash: match[2]!.toLowerCase() } : null
}

export function formatChainHead(head: ChainHead): string {
  return `${head.seq}:${head.hash}`
}
