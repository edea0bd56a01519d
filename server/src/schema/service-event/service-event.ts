// 人才活动: events the office and the units hold for talents, and who took part. Everyone signed in sees the
// events and how many took part; the talents themselves only as far as talentScope lets each user see them.
import { builder } from '../../builder.ts'
import { talentScope } from '../../auth/visibility.ts'
import { parseInput } from '../../domain/parse.ts'
import { serviceEventInputs } from '../../domain/service-event.ts'
import { ServiceEventKindEnum } from '../enums.ts'
import { TalentNode } from '../talent/talent.ts'

export const ServiceEventNode = builder.prismaNode('ServiceEvent', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '数据库编号（UUIDv7，可由手机端生成）' }),
    kind: t.expose('kind', { type: ServiceEventKindEnum }),
    title: t.exposeString('title'),
    heldOn: t.expose('heldOn', { type: 'Date', description: '活动日期' }),
    place: t.exposeString('place', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    organiserUnit: t.relation('organiserUnit', { description: '主办单位' }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    participantCount: t.relationCount('participants', { description: '参加人数（含我无权查看的人才）' }),
    participants: t.field({
      type: [TalentNode],
      description: '参加活动的人才中我能看到的',
      select: (_args, context, nested) => ({
        participants: {
          where: { talent: talentScope(context.user) },
          orderBy: { talentId: 'asc' },
          select: { talent: nested(true) },
        },
      }),
      resolve: (event) => event.participants.map((participant) => participant.talent),
    }),
  }),
})

builder.prismaObjectField('Talent', 'eventsAttended', (t) =>
  t.field({
    type: [ServiceEventNode],
    description: '参加过的人才活动，最近的在前',
    select: (_args, _context, nested) => ({
      eventParticipations: {
        orderBy: [{ event: { heldOn: 'desc' } }, { eventId: 'desc' }],
        select: { event: nested(true) },
      },
    }),
    resolve: (talent) => talent.eventParticipations.map((participation) => participation.event),
  }),
)

builder.queryField('serviceEvents', (t) =>
  t.prismaConnection(
    {
      type: 'ServiceEvent',
      cursor: 'id',
      description: '人才活动，最近的在前；可按日期范围、活动类型、主办单位筛选',
      authScopes: { signedIn: true },
      maxSize: 100,
      defaultSize: 20,
      args: {
        from: t.arg({ type: 'Date', required: false }),
        to: t.arg({ type: 'Date', required: false }),
        kind: t.arg({ type: ServiceEventKindEnum, required: false }),
        organiserUnitId: t.arg.string({ required: false }),
      },
      resolve: (query, _root, args, context) => {
        const filter = parseInput(serviceEventInputs.filter, {
          from: args.from,
          to: args.to,
          kind: args.kind,
          organiserUnitId: args.organiserUnitId,
        })
        return context.prisma.serviceEvent.findMany({
          ...query,
          relationLoadStrategy: 'join',
          where: {
            heldOn: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) },
            ...(filter.kind ? { kind: filter.kind } : {}),
            ...(filter.organiserUnitId ? { organiserUnitId: filter.organiserUnitId } : {}),
          },
          orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
        })
      },
    },
    { name: 'ServiceEventConnection' },
    { name: 'ServiceEventEdge' },
  ),
)
