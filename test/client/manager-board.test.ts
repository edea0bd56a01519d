// The board's rules on plain data: columns by stage, the moves a project may make, what a drop lands on,
// the user's unsynced moves, and the overdue list's order.
import { describe, expect, it } from 'vitest'
import {
  filterBoard,
  groupByStage,
  overdueProjects,
  queuedChanges,
  withPending,
  type ProjectRead,
} from '../../client/src/manager/board.ts'
import { decideMove, moveOptions } from '../../client/src/manager/stage-moves.ts'
import { columnAt } from '../../client/src/manager/drag.ts'
import { nextVersion } from '../../client/src/outbox/overlay.ts'
import type { OutboxEntry } from '../../client/src/outbox/types.ts'
import { storedEntry } from './outbox-fixtures.ts'

function project(overrides: Partial<ProjectRead> & { uuid: string }): ProjectRead {
  return {
    id: `P:${overrides.uuid}`,
    title: `${overrides.uuid} 项目`,
    stage: 'LEAD',
    status: 'ACTIVE',
    version: 1,
    light: 'GREEN',
    talent: { name: '王芳' },
    owner: null,
    deadlines: [],
    signing: null,
    landing: null,
    ...overrides,
  }
}

const entry = (
  seq: number,
  operation: string,
  input: Record<string, unknown>,
  status: OutboxEntry['status'] = 'pending',
): OutboxEntry =>
  storedEntry({
    seq,
    id: `w${seq}`,
    operation,
    variables: { input },
    ownerId: 'u1',
    recordIds: [String(input.id)],
    status,
  })

describe('the board', () => {
  it('has one column per stage, in pipeline order, each with its projects', () => {
    const columns = groupByStage([
      project({ uuid: 'a', stage: 'SIGNED' }),
      project({ uuid: 'b' }),
      project({ uuid: 'c', stage: 'SIGNED' }),
    ])
    expect(columns.map((column) => column.stage)).toEqual([
      'LEAD',
      'CONTACTED',
      'VISITED',
      'NEGOTIATING',
      'SIGNED',
      'LANDED',
      'OPERATING',
    ])
    expect(columns.map((column) => column.projects.map((p) => p.uuid))).toEqual([['b'], [], [], [], ['a', 'c'], [], []])
  })

  it('filters by owner (or none), light and text in the title or the talent’s name', () => {
    const projects = [
      project({ uuid: 'a', owner: { uuid: 'o1', name: '张婷' }, light: 'RED', talent: { name: '李强' } }),
      project({ uuid: 'b', owner: null, light: 'GREEN', title: '新材料中试基地' }),
      project({ uuid: 'c', owner: { uuid: 'o2', name: '刘洋' }, light: 'RED' }),
    ]
    const uuids = (filters: Parameters<typeof filterBoard>[1]) => filterBoard(projects, filters).map((p) => p.uuid)
    expect(uuids({ owner: 'o1', light: '', text: '' })).toEqual(['a'])
    expect(uuids({ owner: 'none', light: '', text: '' })).toEqual(['b'])
    expect(uuids({ owner: '', light: 'RED', text: '' })).toEqual(['a', 'c'])
    expect(uuids({ owner: '', light: '', text: '中试' })).toEqual(['b'])
    expect(uuids({ owner: '', light: 'RED', text: '李强' })).toEqual(['a'])
  })

  it(
    'shows a queued move in its target column and a queued owner by name, ' + 'marked unsynced (failed when refused)',
    () => {
      const queued = queuedChanges([
        entry(1, 'moveProjectStage', { id: 'a', to: 'VISITED', version: 1 }),
        entry(2, 'assignProjectOwner', { id: 'a', ownerId: 'o2', version: 2 }, 'failed'),
      ])
      const shown = withPending(project({ uuid: 'a', owner: { uuid: 'o1', name: '张婷' } }), queued, (uuid) =>
        uuid === 'o2' ? '刘洋' : undefined,
      )
      expect(shown).toMatchObject({
        stage: 'VISITED',
        owner: { uuid: 'o2', name: '刘洋' },
        unsynced: true,
        failed: true,
      })
      expect(withPending(project({ uuid: 'b' }), queued, () => undefined)).toMatchObject({
        stage: 'LEAD',
        unsynced: false,
      })
    },
  )

  it('names, on a second write of the same record, the version the first will leave', () => {
    const queued = [
      entry(1, 'pipelineMoveStage', { id: 'a', to: 'VISITED', version: 3 }),
      entry(2, 'setProjectFollower', { id: 'a', userId: 'x', following: true }),
    ]
    expect(nextVersion('a', 3, queued)).toBe(4)
    expect(nextVersion('b', 3, queued)).toBe(3)
  })
})

describe('moves', () => {
  const at = (
    stage: ProjectRead['stage'],
    facts: Partial<{ hasSigning: boolean; hasLanding: boolean; status: ProjectRead['status'] }> = {},
  ) => ({
    stage,
    status: 'ACTIVE' as const,
    hasSigning: false,
    hasLanding: false,
    ...facts,
  })

  it('go forward any number of stages, or back exactly one with a reason', () => {
    expect(moveOptions(at('VISITED')).map((option) => [option.stage, option.gate])).toEqual([
      ['CONTACTED', 'reason'],
      ['NEGOTIATING', null],
      ['SIGNED', 'signing'],
      ['LANDED', 'signing'],
      ['OPERATING', 'signing'],
    ])
    expect(decideMove(at('VISITED'), 'LEAD')).toEqual({ kind: 'refused', why: 'tooFarBack' })
    expect(decideMove(at('VISITED'), 'VISITED')).toEqual({ kind: 'refused', why: 'same' })
  })

  it('need a signing to pass 签约 and a landing to pass 落地注册, unless already recorded', () => {
    expect(decideMove(at('NEGOTIATING', { hasSigning: true }), 'SIGNED')).toEqual({ kind: 'direct' })
    expect(decideMove(at('NEGOTIATING', { hasSigning: true }), 'LANDED')).toEqual({ kind: 'gate', gate: 'landing' })
    expect(decideMove(at('SIGNED', { hasSigning: true, hasLanding: true }), 'OPERATING')).toEqual({ kind: 'direct' })
  })

  it('are none for a project on hold or lost', () => {
    expect(moveOptions(at('VISITED', { status: 'ON_HOLD' }))).toEqual([])
    expect(decideMove(at('VISITED', { status: 'LOST' }), 'NEGOTIATING')).toEqual({ kind: 'refused', why: 'inactive' })
  })
})

describe('a drop', () => {
  const columns = [
    { stage: 'LEAD' as const, left: 0, right: 300, top: 100, bottom: 700 },
    { stage: 'CONTACTED' as const, left: 310, right: 610, top: 100, bottom: 700 },
  ]
  it('lands on the column under the pointer, and on none in a gap or outside the board', () => {
    expect(columnAt(150, 400, columns)).toBe('LEAD')
    expect(columnAt(400, 120, columns)).toBe('CONTACTED')
    expect(columnAt(305, 400, columns)).toBeNull()
    expect(columnAt(400, 60, columns)).toBeNull()
  })
})

describe('the overdue list', () => {
  it('holds projects with a missed deadline, the longest overdue first', () => {
    const now = new Date('2026-11-24T04:00:00Z')
    const list = overdueProjects(
      [
        project({ uuid: 'soon', deadlines: [{ kind: 'FOLLOW_UP', dueAt: '2026-11-26T15:59:59Z' }] }),
        project({ uuid: 'week', deadlines: [{ kind: 'FOLLOW_UP', dueAt: '2026-11-17T15:59:59Z' }] }),
        project({
          uuid: 'month',
          deadlines: [
            { kind: 'ASSESSMENT', dueAt: '2026-10-20T15:59:59Z' },
            { kind: 'FIRST_CONTACT', dueAt: '2026-10-16T15:59:59Z' },
          ],
        }),
      ],
      now,
    )
    expect(list.map((item) => item.project.uuid)).toEqual(['month', 'week'])
    expect(list[0]!.missed.map((deadline) => deadline.kind)).toEqual(['FIRST_CONTACT', 'ASSESSMENT'])
  })
})
