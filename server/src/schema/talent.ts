import { builder } from '../builder.ts'
import { canSeeContact, talentScope } from '../auth/visibility.ts'
import { maskPhone } from '../domain/phone.ts'
import { TalentClassEnum } from './enums.ts'

// Enough of the talent's projects to decide, in the same SQL statement, whether contact data is shown.
const contactAccess = {
  phone: true,
  ledProjects: { select: { unitId: true, ownerId: true, followers: { select: { userId: true } } } },
} as const

builder.prismaNode('Talent', {
  id: { field: 'id' },
  authScopes: { signedIn: true },
  findUnique: (id, context) => ({ id, AND: [talentScope(context.user)] }),
  fields: (t) => ({
    name: t.exposeString('name'),
    employer: t.exposeString('employer', { nullable: true }),
    field: t.exposeString('field', { nullable: true }),
    talentClass: t.expose('talentClass', { type: TalentClassEnum }),
    phone: t.string({
      nullable: true,
      description: '手机号；无权查看者只见掩码（138****1234）',
      select: contactAccess,
      resolve: (talent, _args, context) => {
        if (!talent.phone) return null
        const allowed = talent.ledProjects.some((project) => canSeeContact(context.user, project))
        return allowed ? talent.phone : maskPhone(talent.phone)
      },
    }),
    phoneMasked: t.boolean({
      description: '手机号是否以掩码显示',
      select: contactAccess,
      resolve: (talent, _args, context) =>
        Boolean(talent.phone) && !talent.ledProjects.some((project) => canSeeContact(context.user, project)),
    }),
  }),
})
