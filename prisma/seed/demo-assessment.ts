// The year's 考核办法 as the speech sets it (for the county year the demo is seeded in, as its projects are),
// each unit's targets, and what the units spent on talent work.
import type { Prisma } from '../../server/src/generated/prisma/client.ts'
import type { IndicatorMetric, UnitKind } from '../../server/src/generated/prisma/enums.ts'
import { demoUnits } from './demo-data.ts'
import type { DemoProject } from './demo-pipeline.ts'
import { countyYear } from '../../server/src/domain/assessment.ts'
import { dateFrom, type DemoWorld } from './demo-world.ts'

interface IndicatorPlan {
  code: string
  name: string
  metric: IndicatorMetric
  weight: number
  unitKinds: UnitKind[]
  /** Target per unit kind; a missing unit code falls back to its kind. */
  targets: Partial<Record<UnitKind | string, number>>
  note?: string
}

const plan: IndicatorPlan[] = [
  {
    code: 'NATIONAL_MAJOR',
    name: '引进国家重大人才计划人才',
    metric: 'NATIONAL_MAJOR_TALENTS',
    weight: 20,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 5, TOWN: 1, TOWN_QINGSHAN: 0 },
    note: '东、西部园区每年各5名',
  },
  {
    code: 'INVESTMENT',
    name: '人才投入（万元）',
    metric: 'TALENT_INVESTMENT',
    weight: 10,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 800, TOWN: 200 },
  },
  {
    code: 'LEADS',
    name: '新增人才项目线索',
    metric: 'LEADS_LOGGED',
    weight: 10,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 40, TOWN: 12 },
  },
  {
    code: 'SIGNED',
    name: '人才项目签约',
    metric: 'PROJECTS_SIGNED',
    weight: 15,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 10, TOWN: 3 },
  },
  {
    code: 'LANDED',
    name: '人才项目落地注册',
    metric: 'PROJECTS_LANDED',
    weight: 20,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 8, TOWN: 2 },
  },
  {
    code: 'APPLIED',
    name: '人才工程申报',
    metric: 'APPLICATIONS_SUBMITTED',
    weight: 10,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 8, TOWN: 3 },
  },
  {
    code: 'SELECTED',
    name: '人才工程入选',
    metric: 'PROGRAM_SELECTIONS',
    weight: 5,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 3, TOWN: 1 },
  },
  {
    code: 'YOUTH',
    name: '35岁以下青年人才储备',
    metric: 'YOUTH_RESERVE',
    weight: 5,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 10, TOWN: 5 },
  },
  {
    code: 'EVENTS',
    name: '人才活动参与人次',
    metric: 'EVENT_PARTICIPANTS',
    weight: 5,
    unitKinds: ['PARK', 'TOWN'],
    targets: { PARK: 20, TOWN: 10 },
  },
  {
    code: 'SUPPORT',
    name: '落地服务诉求办结',
    metric: 'SUPPORT_RESOLVED',
    weight: 100,
    unitKinds: ['DEPARTMENT'],
    targets: { DEPARTMENT: 5 },
  },
]

export async function buildAssessment({ tx, now, unitIds }: DemoWorld, projects: DemoProject[]) {
  const year = countyYear(now)
  const scheme = await tx.assessmentScheme.create({
    data: { year, name: `${year}年度人才工作目标责任制考核办法` },
    select: { id: true },
  })
  const targets: Prisma.TargetCreateManyInput[] = []
  for (const [sortOrder, indicator] of plan.entries()) {
    const created = await tx.indicator.create({
      data: {
        schemeId: scheme.id,
        code: indicator.code,
        name: indicator.name,
        metric: indicator.metric,
        weight: indicator.weight,
        unitKinds: indicator.unitKinds,
        note: indicator.note,
        sortOrder,
      },
      select: { id: true },
    })
    for (const unit of demoUnits.filter((candidate) => indicator.unitKinds.includes(candidate.kind))) {
      const value = indicator.targets[unit.code] ?? indicator.targets[unit.kind] ?? 0
      targets.push({ indicatorId: created.id, unitId: unitIds.get(unit.code)!, value })
    }
  }
  await tx.target.createMany({ data: targets })

  const spending: Prisma.TalentSpendingCreateManyInput[] = []
  for (const unit of demoUnits.filter((candidate) => candidate.kind === 'PARK' || candidate.kind === 'TOWN')) {
    const landed = projects.filter((project) => project.unitCode === unit.code && project.landedAt)
    spending.push({
      unitId: unitIds.get(unit.code)!,
      spentOn: dateFrom(now, -120),
      amount: unit.kind === 'PARK' ? 260 : 45,
      purpose: '人才公寓租金补贴',
    })
    for (const project of landed) {
      spending.push({
        unitId: unitIds.get(unit.code)!,
        projectId: project.id,
        spentOn: dateFrom(project.landedAt!, 10),
        amount: 120,
        purpose: '人才项目启动资金',
      })
    }
  }
  await tx.talentSpending.createMany({ data: spending })
}
