// Two phones edited the same project: the refused write shows both values per field, the user picks,
// and the write goes again on the server's current version — the phone's later edits with it.
import { describe, expect, it } from 'vitest'
import type { OutboxEntry, StoredEntry } from '../../client/src/outbox/types.ts'
import { storedEntry } from './outbox-fixtures.ts'
import { conflictFields, rebasedLaterWrites, resolvedVariables } from '../../client/src/sync/conflict.ts'
import { editableFields, fromFormValue, toFormValue } from '../../client/src/sync/fields.ts'

const projectId = '0195a1b2-0000-7000-8000-000000000001'

function entry(seq: number, input: Record<string, unknown>, extra: Partial<StoredEntry> = {}): OutboxEntry {
  return storedEntry({
    seq,
    id: `cm-${seq}`,
    operation: 'updateProject',
    variables: { input: { clientMutationId: `cm-${seq}`, id: projectId, ...input } },
    ownerId: 'user-a',
    recordIds: [projectId],
    createdAt: '2026-11-24T02:00:00.000Z',
    status: 'pending',
    attempts: 0,
    ...extra,
  })
}

const current = {
  id: projectId,
  title: '经理改的名字',
  industry: '新材料',
  plannedInvestment: '500',
  expectedLandingDate: '2027-03-01T00:00:00.000Z',
  version: 4,
}
const refused = entry(
  1,
  {
    version: 2,
    title: '专员改的名字',
    industry: '新材料',
    plannedInvestment: '500.00',
    expectedLandingDate: '2027-06-30',
  },
  {
    status: 'failed',
    lastError: { code: 'CONFLICT', message: '该项目已被他人修改（当前为第 4 版），请查看最新内容后再提交', current },
  },
)

describe('a version conflict', () => {
  it('shows, field by field, my value and the server’s, the differing ones first', () => {
    expect(conflictFields(refused).map(({ key, mine, theirs, differs }) => [key, mine, theirs, differs])).toEqual([
      ['title', '专员改的名字', '经理改的名字', true],
      ['expectedLandingDate', '2027-06-30', '2027-03-01T00:00:00.000Z', true],
      ['industry', '新材料', '新材料', false],
      ['plannedInvestment', '500.00', '500', false],
    ])
  })

  it('sends my choices on the current version, the server’s values in the shape the write takes', () => {
    const { input } = resolvedVariables(refused, { title: 'mine', expectedLandingDate: 'theirs' }) as {
      input: Record<string, unknown>
    }
    expect(input).toEqual({
      clientMutationId: 'cm-1',
      id: projectId,
      version: 4,
      title: '专员改的名字',
      industry: '新材料',
      plannedInvestment: '500.00',
      expectedLandingDate: '2027-03-01',
    })
  })

  it('moves the phone’s later edits of the same project onto the new version, and leaves other records alone', () => {
    const later = entry(2, { version: 3, title: '再改一次' })
    const elsewhere = entry(3, { id: 'other', version: 7, title: '别的项目' }, { recordIds: ['other'] })
    expect(rebasedLaterWrites(refused, [refused, later, elsewhere])).toEqual([
      { seq: 2, variables: { input: { clientMutationId: 'cm-2', id: projectId, version: 5, title: '再改一次' } } },
    ])
  })
})

describe('the correction form', () => {
  it('offers the fields a user may change, not ids nor the version', () => {
    const input = {
      clientMutationId: 'x',
      id: 'p',
      projectId: 'p',
      version: 1,
      talentName: '赵敏',
      phone: '12345',
      sourceChannel: 'EVENT',
      tags: ['海归'],
      note: null,
    }
    expect(editableFields(input).map((field) => [field.key, field.kind])).toEqual([
      ['talentName', 'text'],
      ['phone', 'text'],
      ['sourceChannel', 'select'],
      ['tags', 'list'],
      ['note', 'textarea'],
    ])
  })

  it('turns an emptied box into null and a list typed with Chinese commas into items', () => {
    const [note, tags] = editableFields({ note: '旧的', tags: [] })
    expect(fromFormValue(note!, '  ')).toBeNull()
    expect(fromFormValue(tags!, '海归，博士、 青年')).toEqual(['海归', '博士', '青年'])
    expect(toFormValue(tags!, ['海归', '博士'])).toBe('海归，博士')
  })
})
