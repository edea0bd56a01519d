import { builder } from '../../builder.ts'
import { canSeeCountedContact, contactGrantingProjects } from '../../auth/visibility.ts'
import { maskEmail, maskPhone, maskWechat } from '../../domain/masking.ts'
import { displayPhone } from '@talent/rules/phone'
import { recordNumberLookup, searchedNumber, talentSearchWhere } from './talent-search.ts'
import { DataSourceEnum, DegreeEnum, GenderEnum, SectorEnum, TalentClassEnum, TalentTeamEnum } from '../enums.ts'

// Enough of the talent's projects to decide, in the same SQL statement, whether contact data is shown.
export const contactProjects = {
  ledProjects: { select: { unitId: true, ownerId: true, followers: { select: { userId: true } } } },
} as const
type Viewer = Parameters<typeof canSeeCountedContact>[0]
type ContactFacts = Parameters<typeof canSeeCountedContact>[1]

/**
 * The facts canSeeCountedContact needs, in the page's own SQL statement: who entered the talent, and how
 * many of its projects make the caller an owner, follower or the unit's manager (a count, not the rows).
 * Nobody signed in and an ADMIN need none (the rule answers before reading a fact); the cast says so.
 */
function contactAccessFor(user: Viewer) {
  if (!user || user.role === 'ADMIN') return { consentWithdrawnAt: true } as ReturnType<typeof countedFacts>
  return countedFacts(user)
}
const countedFacts = (user: NonNullable<Viewer>) =>
  ({
    createdById: true,
    consentWithdrawnAt: true,
    _count: { select: { ledProjects: { where: contactGrantingProjects(user) } } },
  }) as const

const asStored = (value: string) => value
const contactField = (
  field: 'phone' | 'email' | 'wechat',
  mask: (value: string) => string,
  description: string,
  show = asStored,
) =>
  ({
    nullable: true,
    description,
    select: (_args: unknown, context: { user: Viewer }) => ({ ...contactAccessFor(context.user), [field]: true }),
    resolve: (talent: ContactFacts & { [key: string]: unknown }, _args: unknown, context: { user: Viewer }) => {
      const value = talent[field] as string | null
      if (!value) return null
      return canSeeCountedContact(context.user, talent) ? show(value) : mask(value)
    },
  }) as const

export const TalentNode = builder.prismaNode('Talent', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '数据库编号（UUIDv7）' }),
    name: t.exposeString('name'),
    gender: t.expose('gender', { type: GenderEnum }),
    birthYear: t.exposeInt('birthYear', { nullable: true }),
    degree: t.expose('degree', { type: DegreeEnum, nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    employer: t.exposeString('employer', { nullable: true }),
    field: t.exposeString('field', { nullable: true }),
    country: t.exposeString('country', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    overseasExperience: t.exposeString('overseasExperience', { nullable: true }),
    honours: t.exposeStringList('honours'),
    talentClass: t.expose('talentClass', { type: TalentClassEnum }),
    talentTeam: t.expose('talentTeam', { type: TalentTeamEnum, nullable: true }),
    sector: t.expose('sector', { type: SectorEnum, nullable: true }),
    tags: t.exposeStringList('tags'),
    notes: t.exposeString('notes', { nullable: true }),
    dataSource: t.expose('dataSource', { type: DataSourceEnum }),
    consentAt: t.expose('consentAt', { type: 'DateTime', nullable: true }),
    consentWithdrawnAt: t.expose('consentWithdrawnAt', {
      type: 'DateTime',
      nullable: true,
      description: '人才撤回个人信息使用同意的时间；撤回后联系方式对所有人掩码，项目不再作为线索列出',
    }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    phone: t.string(
      contactField(
        'phone',
        maskPhone,
        '电话号码（大陆号码按国内写法，境外号码带 +国家代码）；无权查看者只见掩码（138****1234）',
        displayPhone,
      ),
    ),
    email: t.string(contactField('email', maskEmail, '电子邮箱；无权查看者只见掩码')),
    wechat: t.string(contactField('wechat', maskWechat, '微信号；无权查看者只见掩码')),
    contactMasked: t.boolean({
      description: '联系方式是否以掩码显示（可用 revealContact 说明理由后查看）',
      select: (_args, context) => contactAccessFor(context.user),
      resolve: (talent, _args, context) => !canSeeCountedContact(context.user, talent),
    }),
    // Installed phones run older builds that ask for this field; it stays while they may still be out there.
    phoneMasked: t.boolean({
      description: '手机号是否以掩码显示',
      select: (_args, context) => ({ ...contactAccessFor(context.user), phone: true }),
      resolve: (talent, _args, context) => Boolean(talent.phone) && !canSeeCountedContact(context.user, talent),
    }),
    // A relation to one row is not filtered by Prisma: the survivor is loaded by id through the request's
    // client, so one the caller may not see (entered by another unit) answers null. Merged records are few.
    mergedInto: t.prismaField({
      type: 'Talent',
      nullable: true,
      select: { mergedIntoId: true },
      resolve: (query, talent, _args, context) =>
        talent.mergedIntoId ? context.prisma.talent.findUnique({ ...query, where: { id: talent.mergedIntoId } }) : null,
    }),
    projects: t.relation('ledProjects', {
      description: '我能看到的、以该人才为带头人的项目',
      query: { orderBy: { id: 'desc' } },
    }),
  }),
})

builder.queryField('talents', (t) =>
  t.prismaConnection(
    {
      type: 'Talent',
      cursor: 'id',
      description:
        '我能看到的人才，按姓名、工作单位、专业领域搜索；号码片段只匹配我能看到完整联系方式的人才，按完整号码查找时联系方式被掩码的人才也会列出（记入审计日志，每小时限次）；不含已合并的记录',
      authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'LEADER', 'ADMIN'] },
      maxSize: 100,
      defaultSize: 20,
      args: {
        search: t.arg.string({ required: false }),
        talentClass: t.arg({ type: [TalentClassEnum], required: false }),
        sector: t.arg({ type: SectorEnum, required: false }),
        includeMerged: t.arg.boolean({ required: false }),
      },
      resolve: async (query, _root, args, context) => {
        const text = args.search?.trim()
        const number = text ? searchedNumber(text) : null
        if (number && context.user && context.user.role !== 'ADMIN')
          await recordNumberLookup(context, context.user, number)
        return context.prisma.talent.findMany({
          ...query,
          where: {
            AND: [
              args.includeMerged ? {} : { mergedIntoId: null },
              args.talentClass?.length ? { talentClass: { in: args.talentClass } } : {},
              args.sector ? { sector: args.sector } : {},
              text ? talentSearchWhere(context.user, text) : {},
            ],
          },
          orderBy: { id: 'desc' },
        })
      },
    },
    { name: 'TalentConnection' },
    { name: 'TalentEdge' },
  ),
)
