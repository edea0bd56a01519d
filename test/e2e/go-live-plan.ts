// The go-live test's numbers: the units, the scheme the office types in, the north park's targets, and what
// the leader must then read, computed by hand from the rules (docs/domain.md, "Assessment"):
//   score = weight × min(actual ÷ target, 1)
//   bonus = min(weight × (actual ÷ target − 1) × 超额加分系数, weight × 上限比例), above the target only
//   双招双引 = min(A × A类加分 + B × B类加分 + C × C类加分, 每单位上限)
import type { NewIndicator, NewUnit } from './go-live-steps.ts'

export const units: NewUnit[] = [
  { name: '北部园区', code: 'NORTH_PARK', kind: '园区' },
  { name: '南山镇', code: 'NANSHAN_TOWN', kind: '镇街' },
  { name: '人社局', code: 'HRSS', kind: '职能部门' },
]

export const rates = {
  超额加分系数: 0.5,
  '超额加分上限（占权重的比例）': 0.2,
  'A类人才项目加分（双招双引）': 2,
  B类人才项目加分: 1,
  C类人才项目加分: 0.5,
  双招双引加分每单位上限: 5,
  青年人才年龄上限: 35,
}

const places: NewIndicator['kinds'] = ['园区', '镇街']
export const indicators: NewIndicator[] = [
  { code: 'LEADS', name: '新增人才项目线索', metric: 'LEADS_LOGGED', weight: 10, kinds: places },
  { code: 'SIGNED', name: '人才项目签约', metric: 'PROJECTS_SIGNED', weight: 10, kinds: places },
  { code: 'LANDED', name: '人才项目落地', metric: 'PROJECTS_LANDED', weight: 20, kinds: places },
  { code: 'MAJOR', name: '国家重大人才计划人才', metric: 'NATIONAL_MAJOR_TALENTS', weight: 10, kinds: places },
  { code: 'INVEST', name: '人才投入', metric: 'TALENT_INVESTMENT', weight: 10, kinds: places },
  { code: 'APPLY', name: '人才工程申报', metric: 'APPLICATIONS_SUBMITTED', weight: 5, kinds: places },
  { code: 'SELECT', name: '人才工程入选', metric: 'PROGRAM_SELECTIONS', weight: 5, kinds: places },
  { code: 'YOUTH', name: '青年人才储备', metric: 'YOUTH_RESERVE', weight: 5, kinds: places },
  { code: 'EVENT', name: '人才活动参与', metric: 'EVENT_PARTICIPANTS', weight: 5, kinds: places },
  { code: 'SUPPORT', name: '落地服务诉求办结', metric: 'SUPPORT_RESOLVED', weight: 20, kinds: ['职能部门'] },
]

/** The north park's targets, typed in the form; every other unit gets 2 on each indicator from the sheet. */
export const northTargets = {
  LEADS: 4,
  SIGNED: 2,
  LANDED: 1,
  MAJOR: 1,
  INVEST: 10,
  APPLY: 4,
  SELECT: 1,
  YOUTH: 2,
  EVENT: 1,
}

/**
 * What the north park did (two leads; one signed and landed, its talent class A, born 30 years before, selected
 * for the national-major program; both talents' applications submitted; both at one event; 12.5 万元 spent),
 * and its cells as the leader reads them: target, actual, completion, score, bonus.
 */
export const expectedNorth = {
  indicators: [
    { code: 'LEADS', target: '4', actual: '2', completion: '50%', score: '5', bonus: '0' }, // 10 × 2/4
    { code: 'SIGNED', target: '2', actual: '1', completion: '50%', score: '5', bonus: '0' }, // 10 × 1/2
    { code: 'LANDED', target: '1', actual: '1', completion: '100%', score: '20', bonus: '0' },
    { code: 'MAJOR', target: '1', actual: '1', completion: '100%', score: '10', bonus: '0' },
    // 10 × 1, and min(10 × 0.25 × 0.5, 10 × 0.2) = 1.25 above the target
    { code: 'INVEST', target: '10', actual: '12.5', completion: '125%', score: '10', bonus: '1.25' },
    { code: 'APPLY', target: '4', actual: '2', completion: '50%', score: '2.5', bonus: '0' }, // 5 × 2/4
    { code: 'SELECT', target: '1', actual: '1', completion: '100%', score: '5', bonus: '0' },
    { code: 'YOUTH', target: '2', actual: '1', completion: '50%', score: '2.5', bonus: '0' }, // only the first
    // 5 × 1, and min(5 × 1 × 0.5, 5 × 0.2) = 1: the cap
    { code: 'EVENT', target: '1', actual: '2', completion: '200%', score: '5', bonus: '1' },
  ],
  scoreTotal: 65, // 5 + 5 + 20 + 10 + 10 + 2.5 + 5 + 2.5 + 5
  bonusTotal: 2.25, // 1.25 + 1
  classBonus: 2, // one landed project led by a class A talent × 2, under the cap of 5
  total: 69.25,
}

/**
 * The county year the test runs in. Everything it records must fall in one year: within a quarter of an hour
 * of the county's New Year it waits for the new year to begin.
 */
export async function waitForWholeYear(): Promise<number> {
  const county = (moment: Date) => new Date(moment.toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }))
  const now = county(new Date())
  const nextYear = new Date(now.getFullYear() + 1, 0, 1)
  const left = nextYear.getTime() - now.getTime()
  if (left < 15 * 60_000) await new Promise((resolve) => setTimeout(resolve, left + 60_000))
  return county(new Date()).getFullYear()
}
