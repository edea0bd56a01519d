// The demo pipeline: talents and their projects over every stage and status, with the history that led there.
import { uuidv7 } from 'uuidv7'
import type { Prisma } from '../../server/src/generated/prisma/client.ts'
import type { ProjectStatus, SourceChannel, Stage, TalentClass } from '../../server/src/generated/prisma/enums.ts'
import { stages as stageOrder } from '@talent/rules/stage'
import { makeUscc } from '@talent/rules/uscc'
import { normalizePhone } from '@talent/rules/phone'
import * as data from './demo-data.ts'
import { dateFrom, daysFrom, dueInEveryWindow, seededRandom, type DemoWorld, type Dice } from './demo-world.ts'

export interface DemoProject {
  id: string
  talentId: string
  unitCode: string
  stage: Stage
  status: ProjectStatus
  talentClass: TalentClass
  birthYear: number
  ownerLogin: string
  landedAt: Date | null
}

const stageCounts: [Stage, number][] = [
  ['LEAD', 14],
  ['CONTACTED', 10],
  ['VISITED', 9],
  ['NEGOTIATING', 9],
  ['SIGNED', 7],
  ['LANDED', 7],
  ['OPERATING', 6],
]
const channels: SourceChannel[] = [
  'INVESTMENT_STAFF',
  'TALENT_AMBASSADOR',
  'REFERRAL',
  'TECH_TOWN_LEADERS',
  'UNIVERSITY',
  'AGENCY',
  'EVENT',
  'SELF_RECOMMENDED',
]
const classes: TalentClass[] = ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'D', 'D', 'D', 'NONE', 'NONE', 'NONE']
const tradeNames = '恒芯瑞康绿能智造新材云帆禾丰达远启明卓越华拓远航博研睿思中赢'
const carriers = ['东部园区孵化器', '2+5+N 创新平台', '西部园区加速器', '人才创业园']

function shuffled<T>(items: T[], dice: Dice): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = dice.int(0, index)
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

function ownersOf(unitCode: string): string[] {
  const staff = data.demoUsers.filter((user) => user.unitCode === unitCode && user.role === 'STAFF')
  return staff.map((user) => user.login)
}

export async function buildPipeline({ tx, now, unitIds, userIds }: DemoWorld): Promise<DemoProject[]> {
  const dice = seededRandom(2026)
  const unitCodes = shuffled(
    data.projectUnitWeights.flatMap(([code, weight]) => Array<string>(weight).fill(code)),
    dice,
  )
  const stages = shuffled(
    stageCounts.flatMap(([stage, count]) => Array<Stage>(count).fill(stage)),
    dice,
  )
  const talents: Prisma.TalentCreateManyInput[] = []
  const projects: Prisma.ProjectCreateManyInput[] = []
  const changes: Prisma.StageChangeCreateManyInput[] = []
  const activities: Prisma.ActivityCreateManyInput[] = []
  const signings: Prisma.SigningCreateManyInput[] = []
  const landings: Prisma.LandingCreateManyInput[] = []
  const followers: Prisma.ProjectFollowerCreateManyInput[] = []
  const made: DemoProject[] = []
  let lost = 0
  let held = 0
  const anchored = dueInEveryWindow(now)
  const anchoredSoFar = new Map<string, number>()
  /** The owner's next anchored due time while they last, for an open project not yet signed. */
  const nextAnchored = (ownerLogin: string) => {
    const used = anchoredSoFar.get(ownerLogin) ?? 0
    anchoredSoFar.set(ownerLogin, used + 1)
    return anchored[used]
  }

  stages.forEach((stage, index) => {
    const reached = stageOrder.indexOf(stage)
    const unitCode = unitCodes[index]!
    const ownerLogin = dice.pick(ownersOf(unitCode))
    const ownerId = userIds.get(ownerLogin)!
    const { field, industry } = dice.pick(data.fields)
    const name = data.surnames[index % data.surnames.length]! + data.givenNames[(index * 7) % data.givenNames.length]!
    const talentClass = dice.pick(classes)
    const birthYear = dice.int(1968, 1999)
    const talentId = uuidv7()
    const projectId = uuidv7()
    const ageDays = reached === 0 ? dice.int(0, 12) : 40 + reached * 30 + dice.int(0, 50)
    const createdAt = daysFrom(now, -ageDays)
    const channel = channels[index % channels.length]!
    const referred = channel === 'REFERRAL' || channel === 'TALENT_AMBASSADOR'

    talents.push({
      id: talentId,
      name,
      gender: index % 3 === 1 ? 'FEMALE' : 'MALE',
      birthYear,
      phone: normalizePhone(`139${String(10_000_000 + index * 7919).slice(-8)}`),
      email: `talent${index + 1}@example.cn`,
      wechat: `wx_talent${index + 1}`,
      degree: talentClass === 'NONE' ? 'MASTER' : 'DOCTORATE',
      title: dice.pick(data.titles),
      field,
      employer: dice.pick(data.employers),
      talentClass,
      talentTeam: 'PROFESSIONAL_TECHNICAL',
      sector: index % 5 === 0 ? 'RESEARCH' : 'ENTERPRISE',
      dataSource: referred ? 'REFERRER' : 'SELF_PROVIDED',
      consentNoticeVersion: '2026-01',
      consentAt: createdAt,
      consentRecordedById: ownerId,
      createdById: ownerId,
      createdAt,
    })

    // The stage history: created as a lead, then one step at a time up to the stage reached.
    const stepDays = Math.max(1, Math.floor((ageDays - 3) / Math.max(reached, 1)))
    const enteredAt = (step: number) => daysFrom(createdAt, step * stepDays)
    changes.push({
      projectId,
      fromStage: null,
      toStage: 'LEAD',
      fromStatus: null,
      toStatus: 'ACTIVE',
      at: createdAt,
      byId: ownerId,
    })
    for (let step = 1; step <= reached; step++) {
      changes.push({
        projectId,
        fromStage: stageOrder[step - 1]!,
        toStage: stageOrder[step]!,
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
        at: enteredAt(step),
        byId: ownerId,
      })
    }
    let status: ProjectStatus = 'ACTIVE'
    let statusReason: string | null = null
    if (reached >= 1 && reached <= 3 && index % 5 === 0 && lost < 5) {
      status = 'LOST'
      statusReason = data.lostReasons[lost++ % data.lostReasons.length]!
    } else if (reached >= 1 && reached <= 3 && index % 7 === 3 && held < 3) {
      status = 'ON_HOLD'
      statusReason = data.holdReasons[held++ % data.holdReasons.length]!
    }
    if (status !== 'ACTIVE') {
      changes.push({
        projectId,
        fromStage: stage,
        toStage: stage,
        fromStatus: 'ACTIVE',
        toStatus: status,
        at: daysFrom(now, -dice.int(2, 20)),
        byId: ownerId,
        note: statusReason,
      })
    }

    // Follow-ups: a few past activities; the last one sets the next follow-up date, some already overdue (the
    // database copies the newest one's times onto the project).
    const activityCount = reached === 0 ? (ageDays > 2 ? 0 : 1) : Math.min(reached + 1, 4)
    for (let count = 0; count < activityCount; count++) {
      const occurredAt = daysFrom(createdAt, Math.floor(((ageDays - 1) * (count + 1)) / (activityCount + 1)) + 0.4)
      const last = count === activityCount - 1
      let followUp = last && status === 'ACTIVE' ? daysFrom(now, stage === 'OPERATING' ? 30 : dice.int(-6, 12)) : null
      if (followUp && reached < stageOrder.indexOf('SIGNED')) followUp = nextAnchored(ownerLogin) ?? followUp
      activities.push({
        projectId,
        kind: (['CALL', 'VISIT', 'MEETING', 'MESSAGE', 'EVENT'] as const)[(index + count) % 5]!,
        occurredAt,
        summary: dice.pick(data.activitySummaries),
        nextStep: last ? dice.pick(data.nextSteps) : null,
        nextFollowUpAt: followUp,
        authorId: ownerId,
        createdAt: occurredAt,
      })
    }

    projects.push({
      id: projectId,
      title: `${name}团队${field}${dice.pick(data.projectNouns)}`,
      talentId,
      industry,
      unitId: unitIds.get(unitCode)!,
      creditUnitId: unitIds.get(unitCode)!,
      ownerId,
      sourceChannel: channel,
      referrer: referred
        ? `${data.surnames[(index + 11) % data.surnames.length]}先生（${channel === 'REFERRAL' ? '老乡推荐' : '招才大使'}）`
        : null,
      stage,
      status,
      statusReason,
      plannedInvestment: dice.int(300, 20_000),
      description: `${field}方向，拟在本县${industry}产业链落地。`,
      expectedLandingDate: reached < 5 ? dateFrom(now, dice.int(30, 240)) : null,
      stageEnteredAt: reached === 0 ? createdAt : enteredAt(reached),
      firstContactedAt: reached >= 1 ? daysFrom(createdAt, 0.5) : null,
      assessedAt: reached >= 2 ? daysFrom(createdAt, 2) : null,
      referrerAnsweredAt: referred && reached >= 1 ? daysFrom(createdAt, 4) : null,
      createdById: ownerId,
      createdAt,
    })
    if (unitCode === 'EAST_PARK' && ownerLogin === 'east.staff' && index % 2 === 0) {
      followers.push({ projectId, userId: userIds.get('east.staff2')!, since: createdAt })
    }
    if (reached >= 4) {
      signings.push({
        projectId,
        signedAt: dateFrom(enteredAt(4), 0),
        agreementKind: index % 2 ? 'INVESTMENT' : 'TALENT_INTRODUCTION',
        investmentAgreed: dice.int(500, 8000),
        supportFunds: dice.int(50, 500),
        supportSpaceM2: dice.int(200, 3000),
        supportApartments: dice.int(1, 5),
        conditions: '三年内实缴注册资本不低于协议约定，研发人员不少于10人',
      })
    }
    let landedAt: Date | null = null
    if (reached >= 5) {
      landedAt = enteredAt(5)
      const number = landings.length
      landings.push({
        projectId,
        companyName: `${tradeNames.slice(number * 2, number * 2 + 2)}${industry}科技有限公司`,
        uscc: makeUscc(`91330782MA2${String(100_000 + number * 7331).slice(-6)}`),
        registeredAt: dateFrom(landedAt, 0),
        registeredCapital: dice.int(100, 5000),
        carrier: dice.pick(carriers),
        employees: dice.int(8, 120),
        firstRevenueAt: reached === 6 ? dateFrom(enteredAt(6), 0) : null,
      })
    }
    made.push({ id: projectId, talentId, unitCode, stage, status, talentClass, birthYear, ownerLogin, landedAt })
  })

  await tx.talent.createMany({ data: talents })
  await tx.project.createMany({ data: projects })
  await tx.stageChange.createMany({ data: changes })
  await tx.activity.createMany({ data: activities })
  await tx.signing.createMany({ data: signings })
  await tx.landing.createMany({ data: landings })
  await tx.projectFollower.createMany({ data: followers })
  return made
}
