// The head the office writes down, read back by `pnpm db:audit-verify --expect-head`.
import { describe, expect, it } from 'vitest'
import { auditChainHash, formatChainHead, parseChainHead } from '../../server/src/domain/audit-chain.ts'

const hash = 'AB'.repeat(32)

describe('the audit chain head', () => {
  it('reads back what the verifier prints', () => {
    expect(parseChainHead(formatChainHead({ seq: 42, hash: hash.toLowerCase() }))).toEqual({
      seq: 42,
      hash: hash.toLowerCase(),
    })
    expect(parseChainHead(` 7:${hash} `)).toEqual({ seq: 7, hash: hash.toLowerCase() })
  })

  it('refuses anything else', () => {
    for (const text of [
      '',
      '42',
      `:${hash}`,
      `42:${hash.slice(1)}`,
      `-1:${hash}`,
      `4.2:${hash}`,
      `42:${'g'.repeat(64)}`,
    ]) {
      expect(parseChainHead(text), text).toBeNull()
    }
  })
})

describe('a link’s hash', () => {
  const entry = {
    id: '0190a000-0000-7000-8000-000000000001',
    actorId: null,
    action: 'revealContact',
    entity: 'Talent',
    entityId: null,
    changes: '{"a": 1}',
    reason: '核实',
    address: null,
    at: new Date('2026-03-01T08:00:00.123Z'),
  }

  it('depends on the previous hash, the link number and every field', () => {
    const base = auditChainHash('', 1, entry)
    expect(base).toMatch(/^[0-9a-f]{64}$/)
    expect(auditChainHash('0', 1, entry)).not.toBe(base)
    expect(auditChainHash('', 2, entry)).not.toBe(base)
    expect(auditChainHash('', 1, { ...entry, reason: '核实 ' })).not.toBe(base)
    expect(auditChainHash('', 1, { ...entry, at: new Date('2026-03-01T08:00:00.124Z') })).not.toBe(base)
    // A missing value is not the text "null".
    expect(auditChainHash('', 1, { ...entry, entityId: 'null' })).not.toBe(base)
  })
})
