// People: everyone signed in sees a colleague's name, role and unit; their login, phone and standing are for
// themselves and the talent office, which finds every account through `accounts`.
import { builder } from '../builder.ts'
import type { Prisma } from '../generated/prisma/client.ts'
import { parseInput, uuid } from '../domain/parse.ts'
import { z } from 'zod'
import { roles } from '@talent/rules/enums'
import { RoleEnum } from './enums.ts'

const selfOrAdmin = (user: { id: string }, _args: unknown, context: { user: { id: string } | null }) =>
  context.user?.id === user.id || { role: ['ADMIN' as const] }

export const UserNode = builder.prismaNode('User', {
  select: { id: true },
  id: { field: 'id' },
  // `account`: a user who must still change a one-time password reads themselves (me) and nothing else.
  authScopes: { signedIn: true, account: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    login: t.exposeString('login', { authScopes: selfOrAdmin }),
    role: t.expose('role', { type: RoleEnum }),
    unit: t.relation('unit'),
    phone: t.exposeString('phone', { nullable: true, authScopes: selfOrAdmin }),
    active: t.exposeBoolean('active', { description: '在岗；停用的账号不能登录，其记录保留', authScopes: selfOrAdmin }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description: '须先修改管理员给的一次性密码',
      authScopes: selfOrAdmin,
    }),
    lastLoginAt: t.expose('lastLoginAt', { type: 'DateTime', nullable: true, authScopes: selfOrAdmin }),
    version: t.exposeInt('version', { authScopes: selfOrAdmin }),
    locale: t.exposeString('locale', {
      description: '本人选择的语言（zh-CN 或 en）；界面、服务器提示和导出的表格随之',
      authScopes: selfOrAdmin,
    }),
  }),
})

const accountsFilter = z.object({
  unitId: uuid('单位编号').optional().nullable(),
  role: z.enum(roles).optional().nullable(),
  active: z.boolean().optional().nullable(),
  search: z.string().trim().max(50, '搜索词不能超过 50 个字').optional().nullable(),
})

builder.queryField('accounts', (t) =>
  t.prismaConnection(
    {
      type: 'User',
      cursor: 'id',
      description: '人才办查看全县账号：按单位、角色、是否在岗筛选，按姓名或账号搜索',
      authScopes: { role: ['ADMIN'] },
      maxSize: 100,
      defaultSize: 50,
      args: {
        unitId: t.arg.string({ required: false }),
        role: t.arg({ type: RoleEnum, required: false }),
        active: t.arg.boolean({ required: false }),
        search: t.arg.string({ required: false }),
      },
      resolve: (query, _root, args, context) => {
        const filter = parseInput(accountsFilter, args)
        const where: Prisma.UserWhereInput = {
          ...(filter.unitId ? { unitId: filter.unitId } : {}),
          ...(filter.role ? { role: filter.role } : {}),
          ...(filter.active != null ? { active: filter.active } : {}),
          ...(filter.search
            ? { OR: [{ name: { contains: filter.search } }, { login: { contains: filter.search.toLowerCase() } }] }
            : {}),
        }
        return context.prisma.user.findMany({ ...query, where, orderBy: [{ unit: { code: 'asc' } }, { login: 'asc' }] })
      },
    },
    { name: 'UserConnection' },
    { name: 'UserEdge' },
  ),
)
