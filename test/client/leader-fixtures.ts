// A small county as the leader screens' queries answer it: two parks and a town, 2026's scores at the end
// of November, one unit's counted projects, and one issued 月报.
import { setUser, type SessionUser } from '../../client/src/session/session.ts'

export const unitUuid = {
  east: '0190a000-0000-7000-8000-0000000000e1',
  west: '0190a000-0000-7000-8000-0000000000e2',
  town: '0190a000-0000-7000-8000-0000000000f1',
}
export const signedUuid = '0190a000-0000-7000-8000-00000000c002'
export const reportUuid = '0190d000-0000-7000-8000-000000000001'

const unit = (uuid: string, name: string, kind: string) => ({
  __typename: 'Unit',
  id: btoa(`Unit:${uuid}`),
  uuid,
  name,
  kind,
})
const indicator = (
  code: string,
  name: string,
  weight: number,
  target: number,
  actual: number,
  extra: Record<string, unknown> = {},
) => {
  const completion = target > 0 ? actual / target : null
  return {
    __typename: 'IndicatorScore',
    indicatorUuid: `0190a000-0000-7000-8000-00000000c${code === 'LEADS' ? '001' : '002'}`,
    code,
    name,
    metric: code === 'LEADS' ? 'LEADS_LOGGED' : 'PROJECTS_SIGNED',
    weight,
    target,
    actual,
    assessed: target > 0,
    completion,
    score: completion === null ? 0 : weight * Math.min(completion, 1),
    bonus: 0,
    lagging: completion !== null && completion < 0.9,
    actualLastYear: 1,
    ...extra,
  }
}
const unitScore = (
  of: ReturnType<typeof unit>,
  ranks: [number, number],
  total: number,
  indicators: ReturnType<typeof indicator>[],
  lastYear: number | null,
) => ({
  __typename: 'UnitScore',
  unit: of,
  total,
  scoreTotal: indicators.reduce((sum, item) => sum + item.score, 0),
  bonusTotal: total - indicators.reduce((sum, item) => sum + item.score, 0),
  classBonus: 0,
  rankOverall: ranks[0],
  rankInKind: ranks[1],
  laggingCount: indicators.filter((item) => item.lagging).length,
  totalLastYear: lastYear,
  indicators,
})

export const scores = {
  __typename: 'AssessmentScores',
  year: 2026,
  asOf: '2026-11-30T15:59:59.999Z',
  elapsedShare: 0.9167,
  units: [
    unitScore(
      unit(unitUuid.west, '西部园区', 'PARK'),
      [2, 2],
      12,
      [indicator('LEADS', '新增人才项目线索', 10, 40, 30), indicator('SIGNED', '人才项目签约', 15, 10, 1)],
      9,
    ),
    unitScore(
      unit(unitUuid.town, '城关镇', 'TOWN'),
      [3, 1],
      10,
      [indicator('LEADS', '新增人才项目线索', 10, 12, 12), indicator('SIGNED', '人才项目签约', 15, 0, 0)],
      null,
    ),
    unitScore(
      unit(unitUuid.east, '东部园区', 'PARK'),
      [1, 1],
      22.5,
      [indicator('LEADS', '新增人才项目线索', 10, 40, 40), indicator('SIGNED', '人才项目签约', 15, 10, 5)],
      20,
    ),
  ],
}

const funnel = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING'].map((stage, i) => ({
  __typename: 'FunnelStage',
  stage,
  reached: 40 - i * 5,
  active: 3,
  onHold: 0,
  lost: 1,
  conversionToNext: i < 6 ? (35 - i * 5) / (40 - i * 5) : null,
  medianDaysToNext: i < 6 ? 10 + i : null,
}))
const group = (month: number | null, logged: number, signed: number, landed: number) => ({
  __typename: 'PipelineGroup',
  month,
  logged,
  signed,
  landed,
})

export const answers = {
  LeaderAssessmentScores: () => ({ assessmentScores: scores }),
  LeaderPipelineFunnel: () => ({ pipelineFunnel: funnel }),
  LeaderPipelineTrends: () => ({
    pipelineBreakdown: {
      __typename: 'PipelineBreakdown',
      total: group(null, 82, 6, 3),
      byMonth: Array.from({ length: 12 }, (_, i) => group(i + 1, i < 11 ? 7 : 5, i % 2, i === 10 ? 3 : 0)),
    },
  }),
  LeaderAssessmentBreakdown: (variables: Record<string, unknown>) => ({
    assessmentBreakdown:
      variables.unitId === unitUuid.east
        ? [
            {
              __typename: 'AssessmentCountedItem',
              amount: 1,
              at: '2026-11-02T02:00:00.000Z',
              projectUuid: signedUuid,
              project: {
                __typename: 'Project',
                id: btoa(`Project:${signedUuid}`),
                uuid: signedUuid,
                title: '李四团队新材料中试基地',
                stage: 'SIGNED',
                status: 'ACTIVE',
                talent: { __typename: 'Talent', id: 'VGFsZW50OjE=', name: '李四' },
              },
            },
            {
              __typename: 'AssessmentCountedItem',
              amount: 0.5,
              at: '2026-10-12T02:00:00.000Z',
              projectUuid: '0190a000-0000-7000-8000-00000000c009',
              project: null,
            },
          ]
        : [],
  }),
  LeaderReports: () => ({
    reports: [
      {
        __typename: 'Report',
        id: btoa(`Report:${reportUuid}`),
        uuid: reportUuid,
        kind: 'MONTHLY',
        year: 2026,
        period: '2026-11',
        edition: 1,
        title: '2026年11月人才工作目标完成情况月报',
        issuedAt: '2026-12-01T01:00:00.000Z',
        issuedByName: '周敏（人才办）',
      },
    ],
  }),
}

export const leader = {
  __typename: 'User',
  id: btoa('User:0190a000-0000-7000-8000-000000000002'),
  login: 'leader',
  name: '陈县长',
  role: 'LEADER',
  mustChangePassword: false,
  locale: 'zh-CN',
  unit: { __typename: 'Unit', id: btoa('Unit:0190a000-0000-7000-8000-0000000000a1'), name: '人才办' },
} as SessionUser
export const eastHead = {
  ...leader,
  id: btoa('User:0190a000-0000-7000-8000-000000000003'),
  login: 'east.head',
  name: '王建国',
  role: 'UNIT_LEADER',
  unit: { __typename: 'Unit', id: btoa(`Unit:${unitUuid.east}`), name: '东部园区' },
} as SessionUser

export function signIn(who: SessionUser) {
  window.scrollTo = () => {}
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true })
  setUser(who)
}
