// What the staff screen tests share: a signed-in 招才专员, an urql client whose "server" answers from
// fixtures (no network, no mocks of our own code), and one project in the stage the test needs.
import type { JSX } from 'solid-js'
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router'
import { render, screen, waitFor } from '@solidjs/testing-library'
import { Client, fetchExchange } from '@urql/core'
import { Provider } from '@urql/solid'
import { setUser } from '../../client/src/session/session.ts'
import { outbox, outboxEntries, startOutbox } from '../../client/src/outbox/index.ts'

export const staff = {
  __typename: 'User' as const,
  id: btoa('User:0190a000-0000-7000-8000-000000000001'),
  login: 'east.staff',
  name: '张婷',
  role: 'STAFF' as const,
  mustChangePassword: false,
  locale: 'zh-CN',
  unit: { __typename: 'Unit' as const, id: btoa('Unit:0190a000-0000-7000-8000-0000000000e1'), name: '东部园区' },
}

export const projectUuid = '0190b111-2222-7333-8444-555566667777'
export const projectNodeId = btoa(`Project:${projectUuid}`)

export const person = (name: string, n: number) => ({
  __typename: 'User',
  id: btoa(`User:0190a000-0000-7000-8000-00000000000${n}`),
  name,
})

export function projectFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Project',
    id: projectNodeId,
    uuid: projectUuid,
    version: 4,
    title: '李四团队新材料中试基地',
    stage: 'NEGOTIATING',
    status: 'ACTIVE',
    statusReason: null,
    stageEnteredAt: '2026-10-01T02:00:00.000Z',
    light: 'YELLOW',
    nextFollowUpAt: '2026-11-26T15:59:59.999Z',
    lastActivityAt: '2026-11-20T02:00:00.000Z',
    deadlines: [],
    unit: staff.unit,
    owner: person('张婷', 1),
    followers: [person('刘洋', 2)],
    industry: '新材料',
    sourceChannel: 'UNIVERSITY',
    referrer: null,
    referrerAnsweredAt: null,
    referrerAnswerNote: null,
    plannedInvestment: '1200',
    registeredCapital: null,
    expectedLandingDate: null,
    description: null,
    tags: ['中试'],
    signing: null,
    landing: null,
    activities: [
      {
        __typename: 'Activity',
        id: btoa('Activity:0190b111-0000-7000-8000-000000000001'),
        uuid: '0190b111-0000-7000-8000-000000000001',
        kind: 'VISIT',
        occurredAt: '2026-11-20T02:00:00.000Z',
        summary: '陪同考察东部园区孵化器',
        nextStep: '准备投资协议草稿',
        nextFollowUpAt: '2026-11-26T15:59:59.999Z',
        version: 1,
        editable: true,
        author: person('张婷', 1),
      },
    ],
    stageChanges: [
      {
        __typename: 'StageChange',
        at: '2026-09-01T02:00:00.000Z',
        fromStage: null,
        toStage: 'LEAD',
        fromStatus: null,
        toStatus: 'ACTIVE',
        note: null,
        by: person('张婷', 1),
      },
      {
        __typename: 'StageChange',
        at: '2026-10-01T02:00:00.000Z',
        fromStage: 'VISITED',
        toStage: 'NEGOTIATING',
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
        note: null,
        by: person('张婷', 1),
      },
    ],
    talent: {
      __typename: 'Talent',
      id: btoa('Talent:0190b111-0000-7000-8000-0000000000aa'),
      uuid: '0190b111-0000-7000-8000-0000000000aa',
      name: '李四',
      title: '研究员',
      employer: '浙江大学',
      field: '新材料',
      phone: '139****1111',
      phoneMasked: true,
      email: null,
      wechat: null,
      contactMasked: true,
      consentWithdrawnAt: null,
      eventsAttended: [
        {
          __typename: 'ServiceEvent',
          id: btoa('ServiceEvent:0190b111-0000-7000-8000-0000000000e1'),
          uuid: '0190b111-0000-7000-8000-0000000000e1',
          title: '人才看县域·春季行',
          heldOn: '2026-04-18',
        },
      ],
    },
    ...overrides,
  }
}

export type Answers = Record<string, (variables: Record<string, unknown>) => unknown>

/** An urql client whose server answers each operation by name from `answers`. */
export function fixtureClient(answers: Answers) {
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> }
    const answer = answers[body.operationName]
    const payload = answer
      ? { data: answer(body.variables ?? {}) }
      : { errors: [{ message: `no fixture for ${body.operationName}` }] }
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } })
  }
  return new Client({
    url: 'http://phone.test/graphql',
    exchanges: [fetchExchange],
    fetch,
    preferGetMethod: false,
    requestPolicy: 'network-only',
  })
}

export const supportRequestsNone = () => ({ supportRequests: { __typename: 'SupportRequestConnection', edges: [] } })

export function signInOffline() {
  window.scrollTo = () => {} // jsdom has none; the router calls it on navigation
  // No server behind the outbox: keep it from sending, so what the screens queued stays to be looked at.
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
  setUser(staff)
  startOutbox()
}

/** Empties the outbox, and waits until the screens' view of it is empty too (it refreshes asynchronously). */
export async function clearOutbox() {
  for (const entry of await outbox.entries(staff.id)) await outbox.discard(entry.seq)
  await waitFor(() => {
    if (outboxEntries().length) throw new Error('the outbox view still shows entries')
  })
}

/** Waits until the screens' view of the outbox holds `count` entries. */
export async function outboxShows(count: number) {
  await waitFor(() => {
    if (outboxEntries().length !== count)
      throw new Error(`the outbox view shows ${outboxEntries().length} entries, not ${count}`)
  })
}

/** Renders `routes` at `location`, their screens inside the fixture client. */
export function renderAt(location: string, answers: Answers, routes: () => JSX.Element) {
  const client = fixtureClient(answers)
  const history = createMemoryHistory()
  history.set({ value: location, scroll: false, replace: true })
  return render(() => (
    <MemoryRouter history={history} root={(props) => <Provider value={client}>{props.children}</Provider>}>
      {routes()}
    </MemoryRouter>
  ))
}

export const stubRoute = (path: string, text: string) => <Route path={path} component={() => <p>{text}</p>} />

export { screen }
