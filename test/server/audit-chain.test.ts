// Whoever tampers with the audit log — even its owner, who can switch its triggers off — breaks the hash
// chain, and `pnpm db:audit-verify` (verifyAuditChain) names the first entry it no longer vouches for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { ids, mutate, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { LogActivity } from '../support/documents.ts'
import { verifyAuditChain, type AuditChainReport } from '../../server/src/write/audit-chain.ts'
import type { ChainHead } from '../../server/src/domain/audit-chain.ts'
import type { Prisma } from '../../server/src/generated/prisma/client.ts'

let db: TestDatabase
let actorId: string

// Text that JSON, SQL and the canonical form could each read differently.
const awkward = ['引号 "quoted" \\ backslash', 'line\nbreak\ttab\r\u0001\u001f', '🙂 emoji \u2028 separator', "it's"]

beforeAll(async () => {
  db = await openTestDatabase()
  const unit = await createUnit(db.prisma, '人才办', 'OFFICE')
  actorId = (await createUser(db.prisma, 'auditor', 'ADMIN', unit.id)).id
  for (const [n, text] of awkward.entries()) {
    await db.prisma.auditLog.create({
      data: {
        actorId,
        action: 'revealContact',
        entity: 'Talent',
        entityId: `t${n}`,
        reason: text,
        address: '10.0.0.1',
        changes: { b: [1.5, null, text], a: { ü: true } },
      },
    })
  }
  // Several entries in one transaction, and one with no actor, no changes, no reason.
  await db.prisma.$transaction(async (tx) => {
    await tx.auditLog.create({ data: { actorId: null, action: 'escalate', entity: 'SupportRequest' } })
    await tx.auditLog.createMany({
      data: [1, 2, 3].map((n) => ({
        actorId,
        action: 'importLedger',
        entity: 'Project',
        entityId: `p${n}`,
        changes: { after: { n } },
      })),
    })
  })
})
afterAll(() => db?.close())

async function links() {
  return db.prisma.auditChain.findMany({ orderBy: { seq: 'asc' } })
}

/** Runs `tampering` as the tables' owner, verifies inside the same transaction, then undoes it all. */
async function verifyAfter(
  tampering: (tx: Prisma.TransactionClient) => Promise<unknown>,
  expectHead?: ChainHead,
  batchSize?: number,
): Promise<AuditChainReport> {
  let report: AuditChainReport | undefined
  await db.prisma
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe('ALTER TABLE "AuditLog" DISABLE TRIGGER USER')
      await tx.$executeRawUnsafe('ALTER TABLE "AuditChain" DISABLE TRIGGER USER')
      await tampering(tx)
      report = await verifyAuditChain(tx, { expectHead, batchSize })
      throw new Error('roll back')
    })
    .catch((error: Error) => {
      if (error.message !== 'roll back') throw error
    })
  return report!
}

describe(`the audit log's hash chain on ${testDatabaseKind}`, () => {
  it('links every entry, in commit order, and verifies intact with its head', async () => {
    const chain = await links()
    expect(chain.map((link) => link.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(await db.prisma.auditLog.count()).toBe(8)
    const report = await verifyAuditChain(db.prisma, { expectHead: { seq: 3, hash: chain[2]!.hash } })
    expect(report).toMatchObject({ intact: true, count: 8, head: { seq: 8, hash: chain[7]!.hash } })
    expect(report.message).toContain('审计日志完整：8 条')
    expect(report.message).toContain(`8:${chain[7]!.hash}`)
    expect(await verifyAuditChain(db.prisma, { batchSize: 3 })).toEqual(report)
  })

  it('names an entry its owner edited with the triggers off', async () => {
    const third = (await links())[2]!
    const report = await verifyAfter(
      (tx) => tx.$executeRaw`UPDATE "AuditLog" SET reason = '例行查看' WHERE id = ${third.auditLogId}::uuid`,
    )
    expect(report).toMatchObject({ intact: false, broken: { kind: 'altered', seq: 3, id: third.auditLogId } })
    expect(report.message).toMatch(/第 3 条审计记录.*被改动或伪造/)
  })

  it('names a deleted entry in the middle, wherever a batch of links ends', async () => {
    const [, , third, fourth] = await links()
    const deleteThird = async (tx: Prisma.TransactionClient) => {
      await tx.$executeRaw`DELETE FROM "AuditChain" WHERE seq = 3`
      await tx.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${third!.auditLogId}::uuid`
    }
    const report = await verifyAfter(deleteThird)
    expect(report).toMatchObject({ intact: false, broken: { kind: 'missing', seq: 3, id: fourth!.auditLogId } })
    expect(report.message).toMatch(/第 3 条审计记录缺失/)
    expect(await verifyAfter(deleteThird, undefined, 2)).toEqual(report)
  })

  it('names an entry slipped in past the chain, or with a made-up link', async () => {
    const forged = await verifyAfter((tx) =>
      tx.auditLog.create({ data: { actorId, action: 'nothing to see', entity: 'Talent' } }),
    )
    expect(forged).toMatchObject({ intact: false, broken: { kind: 'unchained' } })
    expect(forged.message).toMatch(/不在哈希链中/)

    const withLink = await verifyAfter(async (tx) => {
      const entry = await tx.auditLog.create({ data: { actorId, action: 'nothing to see', entity: 'Talent' } })
      await tx.auditChain.create({ data: { seq: 9, auditLogId: entry.id, hash: 'f'.repeat(64) } })
    })
    expect(withLink).toMatchObject({ intact: false, broken: { kind: 'altered', seq: 9 } })
  })

  it('detects a truncated tail only against the head written down earlier', async () => {
    const chain = await links()
    const head = { seq: 8, hash: chain[7]!.hash }
    const truncate = (tx: Prisma.TransactionClient) =>
      tx.$executeRaw`WITH gone AS (DELETE FROM "AuditChain" WHERE seq > 6 RETURNING "auditLogId") DELETE FROM
        "AuditLog" WHERE id IN (SELECT "auditLogId" FROM gone)`
    expect(await verifyAfter(truncate)).toMatchObject({ intact: true, count: 6 })
    const report = await verifyAfter(truncate, head)
    expect(report).toMatchObject({ intact: false, broken: { kind: 'truncated', seq: 8, lastSeq: 6 } })
    expect(report.message).toMatch(/末尾的记录被删除/)
  })

  it('detects a rewritten and recomputed chain against the head written down earlier', async () => {
    const chain = await links()
    const rewrite = async (tx: Prisma.TransactionClient) => {
      await tx.$executeRaw`UPDATE "AuditLog" SET reason = '例行查看' WHERE id = ${chain[1]!.auditLogId}::uuid`
      await tx.$executeRaw`DELETE FROM "AuditChain"`
      await tx.$executeRaw`SELECT audit_chain_append(l) FROM "AuditLog" l ORDER BY l.at, l.id`
    }
    expect(await verifyAfter(rewrite)).toMatchObject({ intact: true, count: 8 })
    const report = await verifyAfter(rewrite, { seq: 5, hash: chain[4]!.hash })
    expect(report).toMatchObject({ intact: false, broken: { kind: 'rewritten', seq: 5 } })
  })

  it('keeps links append-only even for writes that go through the trigger', async () => {
    await expect(db.prisma.auditChain.update({ where: { seq: 1 }, data: { hash: '0'.repeat(64) } })).rejects.toThrow(
      /append-only/,
    )
    await expect(db.prisma.auditChain.deleteMany({})).rejects.toThrow(/append-only/)
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ intact: true, count: 8 })
  })
})

describe(`simultaneous writers on ${testDatabaseKind}`, () => {
  it('leave an intact, gap-free chain after 20 concurrent mutations', async () => {
    const county = await smallCounty(db.prisma)
    const { eastStaff, eastManager } = county.agents
    const projects = [
      await talentWithProject(eastStaff, { phone: '13800002001' }),
      await talentWithProject(eastStaff, { phone: '13800002002' }),
    ]
    const before = await db.prisma.auditLog.count()
    const writes = Array.from({ length: 20 }, (_, n) =>
      mutate(n % 3 ? eastStaff : eastManager, LogActivity, {
        ...ids(),
        projectId: projects[n % 2]!.projectId,
        kind: 'CALL',
        occurredAt: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
        summary: `第${n}次`,
      }),
    )
    const results = await Promise.all(writes)
    expect(results.filter((result) => result.errors)).toEqual([])
    const report = await verifyAuditChain(db.prisma)
    expect(report).toMatchObject({ intact: true, count: before + 20 })
  })
})
