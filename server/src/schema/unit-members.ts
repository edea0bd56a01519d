// Who works in a unit and which units there are: the pickers behind assigning an owner or a follower to a
// project, and handing a support request to a department. Mutations take database ids, so both expose `uuid`.
import { builder } from '../builder.ts'
import { DomainError } from '../domain/errors.ts'
import { UnitKindEnum } from './enums.ts'

builder.prismaObjectField('User', 'uuid', (t) => t.exposeString('id', { description: '数据库编号（UUID）' }))
builder.prismaObjectField('Unit', 'uuid', (t) => t.exposeString('id', { description: '数据库编号（UUID）' }))

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

builder.queryField('unitMembers', (t) =>
  t.prismaField({
    type: ['User'],
    description: '单位的在岗人员，按姓名排序（指定负责人、协助跟进时选择）；不填为本单位，人才办可查看其他单位',
    authScopes: { signedIn: true },
    args: { unitId: t.arg.string({ required: false, description: '单位编号（UUID）' }) },
    resolve: (query, _root, args, context) => {
      const user = context.user!
      const unitId = args.unitId ?? user.unitId
      if (unitId !== user.unitId && user.role !== 'ADMIN') throw new DomainError('FORBIDDEN', '只能查看本单位的人员')
      if (!uuidShape.test(unitId)) return []
      return context.prisma.user.findMany({
        ...query,
        where: { unitId, active: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      })
    },
  }),
)

builder.queryField('units', (t) =>
  t.prismaField({
    type: ['Unit'],
    description: '全县的单位，可按类型筛选（如交办诉求时选择职能部门）',
    authScopes: { signedIn: true },
    args: { kind: t.arg({ type: [UnitKindEnum], required: false }) },
    resolve: (query, _root, args, context) =>
      context.prisma.unit.findMany({
        ...query,
        where: args.kind?.length ? { kind: { in: args.kind } } : {},
        orderBy: [{ code: 'asc' }],
      }),
  }),
)
