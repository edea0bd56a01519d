import { describe, expect, it } from 'vitest'
import { changedFields, plainRecord } from '../../server/src/domain/diff.ts'

describe('changed fields for the audit log', () => {
  it('keeps only what changed, before and after, in JSON-safe form', () => {
    const before = {
      title: '旧名称',
      stage: 'LEAD',
      version: 3,
      nextFollowUpAt: new Date('2026-11-24T00:00:00Z'),
      tags: ['a'],
    }
    const after = { title: '新名称', stage: 'LEAD', version: 4, nextFollowUpAt: null, tags: ['a', 'b'] }
    expect(changedFields(before, after)).toEqual({
      before: { title: '旧名称', nextFollowUpAt: '2026-11-24T00:00:00.000Z', tags: ['a'] },
      after: { title: '新名称', nextFollowUpAt: null, tags: ['a', 'b'] },
    })
  })

  it('reports nothing when nothing changed', () => {
    expect(changedFields({ title: 'x' }, { title: 'x' })).toEqual({ before: {}, after: {} })
  })
})

describe('a record as a conflict shows it', () => {
  it('keeps every field, the empty ones as null, in JSON-safe form', () => {
    const record = {
      id: 'p1',
      title: '新名称',
      industry: null,
      expectedLandingDate: new Date('2027-03-01T00:00:00Z'),
      version: 4,
      updatedAt: new Date(),
    }
    expect(plainRecord(record, ['updatedAt'])).toEqual({
      id: 'p1',
      title: '新名称',
      industry: null,
      expectedLandingDate: '2027-03-01T00:00:00.000Z',
      version: 4,
    })
  })
})
