// The 考核方案 screens in jsdom with a made-up server: the talent office signed in, a county of two parks, a
// town and a department, the year's scheme as the server answers it, and a server that answers each operation
// from a table while recording what it was sent. Reads and the sheet go through the screen's urql client;
// the online-only writes through the app's own client (urql/send-online.ts): both reach the same fetch.
import { render } from '@solidjs/testing-library'
import { vi } from 'vitest'
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router'
import { Client, fetchExchange } from '@urql/core'
import { Provider } from '@urql/solid'
import SchemeRoute from '../../client/src/office/assessment/scheme.tsx'
import TargetsRoute from '../../client/src/office/assessment/targets.tsx'
import { leader, signIn, unitUuid } from './leader-fixtures.ts'

export type Sent = { operationName: string; variables: { input?: Record<string, unknown> } & Record<string, unknown> }
export type Reply = { data?: unknown; errors?: unknown[] } | Error
const admin = { ...leader, login: 'admin', name: '周敏', role: 'ADMIN' as const }

export const schemeUuid = '0190c000-0000-7000-8000-000000000001'
export const landedUuid = '0190c000-0000-7000-8000-0000000000a1'
export const supportUuid = '0190c000-0000-7000-8000-0000000000a2'
export const hrssUuid = '0190a000-0000-7000-8000-0000000000d1'

const unit = (uuid: string, name: string, code: string, kind: string) => ({
  __typename: 'Unit',
  id: btoa(`Unit:${uuid}`),
  uuid,
  name,
  code,
  kind,
  retiredAt: null,
})
export const units = [
  unit(unitUuid.east, '东部园区', 'EAST_PARK', 'PARK'),
  unit(unitUuid.west, '西部园区', 'WEST_PARK', 'PARK'),
  unit(unitUuid.town, '青山镇', 'QINGSHAN', 'TOWN'),
  unit(hrssUuid, '人社局', 'HRSS', 'DEPARTMENT'),
  unit('0190a000-0000-7000-8000-0000000000a9', '人才办', 'OFFICE', 'OFFICE'),
]

const target = (unitId: string, value: number) => ({
  __typename: 'Target',
  unit: { __typename: 'Unit', id: btoa(`Unit:${unitId}`), uuid: unitId },
  value,
})

export function scheme(year: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'AssessmentScheme',
    id: btoa(`AssessmentScheme:${schemeUuid}`),
    uuid: schemeUuid,
    year,
    name: `${year}年度人才工作目标责任制考核办法`,
    version: 1,
    overBonusRate: 0.5,
    overBonusCapRatio: 0.2,
    classBonusA: 1,
    classBonusB: 0.8,
    classBonusC: 0.5,
    classBonusCap: 5,
    youthAgeLimit: 35,
    indicators: [
      {
        __typename: 'Indicator',
        uuid: landedUuid,
        code: 'LANDED',
        name: '人才项目落地注册',
        metric: 'PROJECTS_LANDED',
        weight: 20,
        unitKinds: ['PARK', 'TOWN'],
        note: '以营业执照登记日为准',
        version: 1,
        targets: [target(unitUuid.east, 4), target(unitUuid.west, 0)],
      },
      {
        __typename: 'Indicator',
        uuid: supportUuid,
        code: 'SUPPORT',
        name: '诉求办结',
        metric: 'SUPPORT_RESOLVED',
        weight: 10.5,
        unitKinds: ['DEPARTMENT'],
        note: null,
        version: 3,
        targets: [],
      },
    ],
    ...extra,
  }
}

export const read = (found: ReturnType<typeof scheme> | null) => ({ data: { assessmentScheme: found, units } })

/** Renders `path` as the talent office, answering from `replies`; what was sent, by operation. */
export function serveOffice(path: string, replies: Record<string, Reply | Reply[]>) {
  signIn(admin)
  const sent: Sent[] = []
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Sent
    sent.push(body)
    const planned = replies[body.operationName]
    const reply = Array.isArray(planned)
      ? (planned[sent.filter((item) => item.operationName === body.operationName).length - 1] ?? planned.at(-1))
      : planned
    if (reply instanceof Error) throw reply
    return new Response(JSON.stringify(reply ?? { errors: [{ message: `no reply for ${body.operationName}` }] }), {
      headers: { 'content-type': 'application/json' },
    })
  }
  vi.stubGlobal('fetch', fetch)
  const client = new Client({
    url: 'http://office.test/graphql',
    exchanges: [fetchExchange],
    fetch,
    preferGetMethod: false,
    requestPolicy: 'network-only',
  })
  const history = createMemoryHistory()
  history.set({ value: path, scroll: false, replace: true })
  render(() => (
    <MemoryRouter history={history} root={(props) => <Provider value={client}>{props.children}</Provider>}>
      <Route path="/office/assessment" component={SchemeRoute} />
      <Route path="/office/assessment/targets" component={TargetsRoute} />
    </MemoryRouter>
  ))
  return { sent, of: (name: string) => sent.filter((item) => item.operationName === name), history }
}
