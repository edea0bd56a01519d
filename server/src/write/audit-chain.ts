// Recomputes the audit log's hash chain from the stored entries (pnpm db:audit-verify, and tests): the
// hashes are computed here, in Node, so a database whose functions were replaced cannot vouch for itself.
import type { PrismaClient } from '../generated/prisma/client.ts'
import { auditChainHash, formatChainHead, type ChainHead, type ChainedEntry } from '../domain/audit-chain.ts'

export type AuditChainBreak =
  /** The entry no longer matches its link: edited, or a forged link. */
  | { kind: 'altered'; seq: number; id: string }
  /** Link `seq` is gone (an entry and its link deleted), or its entry is; `id` is the entry next to the hole. */
  | { kind: 'missing'; seq: number; id: string }
  /** An entry without a link: written with the chain's trigger disabled. */
  | { kind: 'unchained'; id: string }
  /** The chain ends before the head the office wrote down. */
  | { kind: 'truncated'; seq: number; lastSeq: number }
  /** The chain is consistent but differs from the head written down: it was recomputed after a rewrite. */
  | { kind: 'rewritten'; seq: number; id: string }

export type AuditChainReport =
  | { intact: true; count: number; head: ChainHead | null; message: string }
  | { intact: false; broken: AuditChainBreak; message: string }

interface LinkRow extends Omit<ChainedEntry, 'id' | 'at'> {
  seq: number
  hash: string
  auditLogId: string
  id: string | null
  at: Date | string | null
}

export interface VerifyOptions {
  expectHead?: ChainHead | null | undefined
  /** Links read per query. */
  batchSize?: number
}

export async function verifyAuditChain(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  options: VerifyOptions = {},
): Promise<AuditChainReport> {
  const expectHead = options.expectHead ?? null
  const batchSize = options.batchSize ?? 5000
  let previousHash = ''
  let lastSeq = 0
  for (;;) {
    const links = await prisma.$queryRaw<LinkRow[]>`
      SELECT c.seq, c.hash, c."auditLogId"::text AS "auditLogId", l.id::text AS id, l."actorId"::text AS "actorId",
        l.action, l.entity, l."entityId", l.changes::text AS changes, l.reason, l.address, l.at
      FROM "AuditChain" c LEFT JOIN "AuditLog" l ON l.id = c."auditLogId"
      WHERE c.seq > ${lastSeq}
      ORDER BY c.seq
      LIMIT ${batchSize}`
    for (const link of links) {
      const expected = lastSeq + 1
      if (link.seq > expected) return broken({ kind: 'missing', seq: expected, id: link.auditLogId })
      if (link.id === null) return broken({ kind: 'missing', seq: link.seq, id: link.auditLogId })
      const entry = { ...link, id: link.id, at: new Date(link.at!) }
      if (link.seq < expected || auditChainHash(previousHash, link.seq, entry) !== link.hash) {
        return broken({ kind: 'altered', seq: link.seq, id: link.id })
      }
      if (expectHead?.seq === link.seq && expectHead.hash !== link.hash)
        return broken({ kind: 'rewritten', seq: link.seq, id: link.id })
      previousHash = link.hash
      lastSeq = link.seq
    }
    if (links.length < batchSize) break
  }
  if (expectHead && expectHead.seq > lastSeq) return broken({ kind: 'truncated', seq: expectHead.seq, lastSeq })
  const [unchained] = await prisma.$queryRaw<{ id: string }[]>`
    SELECT l.id::text AS id FROM "AuditLog" l
    WHERE NOT EXISTS (SELECT FROM "AuditChain" c WHERE c."auditLogId" = l.id)
    ORDER BY l.at, l.id
    LIMIT 1`
  if (unchained) return broken({ kind: 'unchained', id: unchained.id })
  const head = lastSeq ? { seq: lastSeq, hash: previousHash } : null
  return { intact: true, count: lastSeq, head, message: intactMessage(lastSeq, head) }
}

function broken(cause: AuditChainBreak): AuditChainReport {
  return { intact: false, broken: cause, message: brokenMessage(cause) }
}

function intactMessage(count: number, head: ChainHead | null): string {
  const headLine = head
    ? `链头 / head: ${formatChainHead(head)}\n` +
      '请把链头另行保存（打印或存到数据库之外），下次用 --expect-head 核对，以发现整链重算或末尾截断。\n' +
      'Keep the head outside the database and pass it to --expect-head next time: ' +
      'that detects a recomputed chain or a truncated tail.'
    : '审计日志为空 / The audit log is empty.'
  return `审计日志完整：${count} 条 / Audit log intact: ${count} entries\n${headLine}`
}

function brokenMessage(cause: AuditChainBreak): string {
  switch (cause.kind) {
    case 'altered':
      return (
        `第 ${cause.seq} 条审计记录（${cause.id}）与哈希链不符：记录被改动或伪造。 / ` +
        `Audit entry ${cause.seq} (${cause.id}) does not match the hash chain: it was altered or forged.`
      )
    case 'missing':
      return (
        `第 ${cause.seq} 条审计记录缺失（在 ${cause.id} 处）：记录被删除。 / ` +
        `Audit entry ${cause.seq} is missing (at ${cause.id}): it was deleted.`
      )
    case 'unchained':
      return (
        `审计记录 ${cause.id} 不在哈希链中：绕过触发器插入。 / ` +
        `Audit entry ${cause.id} is not in the hash chain: it was inserted with the trigger disabled.`
      )
    case 'truncated':
      return (
        `哈希链只到第 ${cause.lastSeq} 条，而记下的链头是第 ${cause.seq} 条：末尾的记录被删除。 / ` +
        `The chain ends at entry ${cause.lastSeq}, before the recorded head ${cause.seq}: its tail was deleted.`
      )
    case 'rewritten':
      return (
        `第 ${cause.seq} 条审计记录（${cause.id}）的哈希与记下的链头不符：此前的记录被改写后整链重算。 / ` +
        `Audit entry ${cause.seq} (${cause.id}) does not match the recorded head: ` +
        'entries up to it were rewritten and the chain recomputed.'
      )
  }
}
