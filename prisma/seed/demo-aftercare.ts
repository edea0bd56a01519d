// After landing: support requests with their hops, program applications, and the office's service events.
import { uuidv7 } from 'uuidv7'
import type { Prisma } from '../../server/src/generated/prisma/client.ts'
import type { ApplicationStatus, SupportStatus } from '../../server/src/generated/prisma/enums.ts'
import { countyYear } from '../../server/src/domain/assessment.ts'
import * as data from './demo-data.ts'
import type { DemoProject } from './demo-pipeline.ts'
import { dateFrom, daysFrom, seededRandom, type DemoWorld } from './demo-world.ts'

const supportStatuses: SupportStatus[] = [
  'OPEN',
  'ASSIGNED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
  'REJECTED',
  'IN_PROGRESS',
  'ASSIGNED',
]
const applicationStatuses: ApplicationStatus[] = ['RESERVE', 'COACHING', 'SUBMITTED', 'SELECTED', 'REJECTED']
const departmentStaff: Record<string, string> = {
  DEPT_HRSS: 'hrss',
  DEPT_INDUSTRY: 'industry',
  DEPT_COMMERCE: 'commerce',
  DEPT_SCIENCE: 'science',
}
const managers: Record<string, string> = { EAST_PARK: 'east.manager', WEST_PARK: 'west.manager' }

export async function buildAftercare(world: DemoWorld, projects: DemoProject[]) {
  await buildSupportRequests(world, projects)
  await buildApplications(world, projects)
  await buildServiceEvents(world, projects)
}

async function buildSupportRequests({ tx, now, unitIds, userIds }: DemoWorld, projects: DemoProject[]) {
  const landed = projects.filter((project) => project.landedAt)
  const requests: Prisma.SupportRequestCreateManyInput[] = []
  const events: Prisma.SupportRequestEventCreateManyInput[] = []
  supportStatuses.forEach((status, index) => {
    const project = landed[index % landed.length]!
    const topic = data.supportTopics[index % data.supportTopics.length]!
    const requestId = uuidv7()
    const creatorId = userIds.get(managers[project.unitCode] ?? project.ownerLogin)!
    const createdAt = daysFrom(now, -(10 + index * 4))
    // One request was first sent to the wrong department: the hop and its reason stay on record.
    const bounced = index === 3
    const firstDepartment = bounced ? 'DEPT_INDUSTRY' : topic.department
    const departmentId = status === 'OPEN' ? null : unitIds.get(topic.department)!
    const handlerId = userIds.get(departmentStaff[topic.department]!)!
    const overdue = status === 'ASSIGNED' && index === 7
    requests.push({
      id: requestId,
      projectId: project.id,
      category: topic.category,
      description: topic.text,
      departmentId,
      dueAt: daysFrom(createdAt, overdue ? 5 : 20),
      status,
      createdById: creatorId,
      createdAt,
      resolution: status === 'RESOLVED' || status === 'CLOSED' ? '已协调办结，企业确认' : null,
      rejectReason: status === 'REJECTED' ? '不符合政策兑现条件：企业尚未满一个完整会计年度' : null,
      satisfaction: status === 'CLOSED' ? 5 : null,
      // At the office's level (1), as the server's escalation leaves it, so that the chain can take it further.
      escalatedAt: overdue ? daysFrom(createdAt, 6) : null,
      escalationLevel: overdue ? 1 : 0,
      lastEscalatedAt: overdue ? daysFrom(createdAt, 6) : null,
      resolvedAt: status === 'RESOLVED' || status === 'CLOSED' ? daysFrom(createdAt, 8) : null,
      closedAt: status === 'CLOSED' ? daysFrom(createdAt, 9) : null,
    })
    const event = (
      kind: Prisma.SupportRequestEventCreateManyInput['kind'],
      days: number,
      extra: Partial<Prisma.SupportRequestEventCreateManyInput> = {},
    ) => events.push({ requestId, kind, at: daysFrom(createdAt, days), byId: creatorId, ...extra })
    event('CREATED', 0)
    if (status === 'OPEN') return
    event('ASSIGNED', 0.2, { toUnitId: unitIds.get(firstDepartment)! })
    if (bounced) {
      event('REASSIGNED', 1, {
        fromUnitId: unitIds.get(firstDepartment)!,
        toUnitId: departmentId,
        note: '属人才住房保障，转人社局办理',
        byId: userIds.get('admin')!,
      })
    }
    if (status !== 'ASSIGNED') event('PROGRESS', 3, { note: '已与企业对接，正在办理', byId: handlerId })
    if (status === 'RESOLVED' || status === 'CLOSED') event('RESOLVED', 8, { note: '已协调办结', byId: handlerId })
    if (status === 'CLOSED') {
      event('RATED', 9, { note: '满意度 5 分' })
      event('CLOSED', 9)
    }
    if (status === 'REJECTED') event('REJECTED', 4, { note: '不符合政策兑现条件', byId: handlerId })
    if (overdue)
      event('ESCALATED', 6, {
        fromUnitId: departmentId,
        toUnitId: unitIds.get('TALENT_OFFICE')!,
        note: '超期未办结，升级人才办督办',
        byId: null,
      })
  })
  await tx.supportRequest.createMany({ data: requests })
  await tx.supportRequestEvent.createMany({ data: events })
}

async function buildApplications({ tx, now, unitIds }: DemoWorld, projects: DemoProject[]) {
  const dice = seededRandom(333)
  const programIds = new Map<string, string>()
  for (const program of data.programs) {
    const created = await tx.program.create({ data: { ...program }, select: { id: true } })
    programIds.set(program.code, created.id)
  }
  const thisYear = countyYear(now)
  const promising = projects.filter((project) => project.talentClass !== 'NONE' && project.status !== 'LOST')
  const applications: Prisma.ProgramApplicationCreateManyInput[] = promising.slice(0, 24).map((project, index) => {
    const program =
      project.talentClass === 'A' || project.talentClass === 'B'
        ? data.programs[index % 2]!
        : dice.pick(data.programs.slice(1))
    const status = applicationStatuses[index % applicationStatuses.length]!
    const year = index < 20 ? thisYear : thisYear - 1
    const decided = status === 'SELECTED' || status === 'REJECTED'
    return {
      programId: programIds.get(program.code)!,
      year,
      batch: '第一批',
      talentId: project.talentId,
      unitId: unitIds.get(project.unitCode)!,
      projectId: project.id,
      status,
      statusChangedAt: daysFrom(now, -dice.int(5, 60)),
      submittedAt: status === 'SUBMITTED' || decided ? daysFrom(now, -dice.int(60, 120)) : null,
      decidedAt: decided ? daysFrom(now, -dice.int(5, 40)) : null,
    }
  })
  await tx.programApplication.createMany({ data: applications })
}

async function buildServiceEvents({ tx, now, unitIds }: DemoWorld, projects: DemoProject[]) {
  const participants: Prisma.ServiceEventParticipantCreateManyInput[] = []
  const events: Prisma.ServiceEventCreateManyInput[] = data.serviceEvents.map((event, index) => {
    const id = uuidv7()
    for (let offset = 0; offset < 6 + index * 2; offset++) {
      participants.push({ eventId: id, talentId: projects[(index * 9 + offset * 3) % projects.length]!.talentId })
    }
    return {
      id,
      kind: event.kind,
      title: event.title,
      place: event.place,
      heldOn: dateFrom(now, -(15 + index * 35)),
      organiserUnitId: unitIds.get(event.organiser)!,
      description: '人才办统一组织，增强人才归属感',
    }
  })
  await tx.serviceEvent.createMany({ data: events })
  await tx.serviceEventParticipant.createMany({ data: participants, skipDuplicates: true })
}
