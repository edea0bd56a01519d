import { builder } from '../builder.ts'
import { RoleEnum } from './enums.ts'

export const UserNode = builder.prismaNode('User', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    login: t.exposeString('login', {
      authScopes: (user, _args, context) => context.user?.id === user.id || { role: ['ADMIN'] },
    }),
    role: t.expose('role', { type: RoleEnum }),
    unit: t.relation('unit'),
  }),
})
