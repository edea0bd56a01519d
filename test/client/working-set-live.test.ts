// The working set follows the live screens: a board, timeline or queue event about a project the phone keeps
// offline refreshes the set (which fetches only what changed), and so does a notice (a project handed to me);
// an event about other projects, the figures, or a phone on Data Saver does not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { followLiveEvent } from '../../client/src/working-set/follow-live.ts'
import { refreshWorkingSet } from '../../client/src/working-set/refresh.ts'
import { loadState, saveState } from '../../client/src/working-set/state.ts'
import { setUser } from '../../client/src/session/session.ts'
import { manager } from './manager-harness.tsx'

vi.mock('../../client/src/working-set/refresh.ts', () => ({ refreshWorkingSet: vi.fn(async () => true) }))

const held = '0190b000-0000-7000-8000-000000000001'
const other = '0190b000-0000-7000-8000-000000000002'
const project = (uuid: string) => btoa(`Project:${uuid}`)
const change = (ids: string[], reread = false) => ({ ids, reread })

describe('live events and the working set', () => {
  beforeEach(() => {
    setUser(manager)
    saveState({
      userId: manager.id,
      asOf: '2026-12-06T00:00:00.000Z',
      fullAt: Date.now(),
      doneAt: Date.now(),
      ids: [held],
      pending: [],
      truncated: false,
    })
    vi.mocked(refreshWorkingSet).mockClear()
  })
  afterEach(() => {
    Object.defineProperty(navigator, 'connection', { configurable: true, value: undefined })
  })

  it('refreshes on a board or timeline event naming a held project, or asking for a re-read', async () => {
    expect(await followLiveEvent({ boardChanged: change([project(other), project(held)]) })).toBe(true)
    expect(await followLiveEvent({ projectTimelineChanged: change([project(held)]) })).toBe(true)
    expect(await followLiveEvent({ boardChanged: change([], true) })).toBe(true)
    expect(refreshWorkingSet).toHaveBeenCalledTimes(3)
  })

  it('refreshes on a queue event, whose ids name requests rather than projects', async () => {
    const request = btoa('SupportRequest:0190c000-0000-7000-8000-000000000001')
    expect(await followLiveEvent({ supportRequestsChanged: change([request]) })).toBe(true)
    expect(refreshWorkingSet).toHaveBeenCalledTimes(1)
  })

  it('refreshes on a notice, even while the set is empty: a project handed to me joins it', async () => {
    saveState({ ...loadState(manager.id)!, ids: [] })
    expect(await followLiveEvent({ inboxChanged: change([btoa(`User:${manager.id}`)]) })).toBe(true)
    expect(await followLiveEvent({ boardChanged: change([project(held)]) })).toBe(false)
    expect(refreshWorkingSet).toHaveBeenCalledTimes(1)
  })

  it('waits for the first background refresh before following anything', async () => {
    localStorage.clear()
    expect(await followLiveEvent({ inboxChanged: change([], true) })).toBe(false)
    expect(refreshWorkingSet).not.toHaveBeenCalled()
  })

  it('leaves the set alone for other projects, other topics, and on Data Saver', async () => {
    expect(await followLiveEvent({ boardChanged: change([project(other)]) })).toBe(false)
    expect(await followLiveEvent({ statisticsChanged: change([btoa('Unit:east')]) })).toBe(false)
    Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true } })
    expect(await followLiveEvent({ boardChanged: change([project(held)]) })).toBe(false)
    expect(refreshWorkingSet).not.toHaveBeenCalled()
  })
})
