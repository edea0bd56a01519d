// Sign-in locks: the owner of an account learns of them at their next sign-in, an administrator lifts them.
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { audit } from '../../write/audit.ts'
import { forgetUserSessions } from '../../auth/session.ts'

const LoginLockRef = builder.prismaObject('LoginLock', {
  description: '某个网络地址因连续登录失败被暂时锁定在该账号之外',
  // Reached only through User.loginLocksSinceLastSignIn, which answers its owner alone.
  authScopes: { signedIn: true },
  fields: (t) => ({
    lockedAt: t.expose('lockedAt', { type: 'DateTime', description: '锁定时间' }),
    until: t.expose('until', { type: 'DateTime', description: '锁定到期时间' }),
    address: t.exposeString('address', { description: '尝试登录的网络地址' }),
    failures: t.exposeInt('failures', { description: '锁定前连续失败的次数' }),
  }),
})

builder.prismaObjectField('User', 'loginLocksSinceLastSignIn', (t) =>
  t.field({
    type: [LoginLockRef],
    description: '自上次登录到本次登录之间，本账号被锁定的记录（仅本人可见）',
    select: { login: true },
    resolve: async (user, _args, context) => {
      if (context.user?.id !== user.id || !context.sessionId) return []
      const session = await context.prisma.session.findUnique({
        where: { id: context.sessionId },
        select: { createdAt: true, previousSignInAt: true },
      })
      if (!session) return []
      return context.prisma.loginLock.findMany({
        where: { login: user.login, lockedAt: { gt: session.previousSignInAt ?? new Date(0), lte: session.createdAt } },
        orderBy: { lockedAt: 'asc' },
      })
    },
  }),
)

builder.mutationField('unlockAccount', (t) =>
  t.prismaField({
    type: 'User',
    description: '管理员解除某账号的登录锁定：此前的失败次数不再计入，所有地址可立即重试（记入审计日志）',
    authScopes: { role: ['ADMIN'] },
    args: { userId: t.arg.string({ required: true, description: '用户编号（UUID）' }) },
    resolve: async (query, _root, args, context) => {
      const userId = parseInput(uuid('用户编号'), args.userId)
      const admin = context.user!
      const now = new Date()
      await context.prisma.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id: userId }, select: { login: true } })
        if (!user) throw DomainError.notFound('用户')
        const lifted = await tx.loginLock.count({ where: { login: user.login, until: { gt: now } } })
        await tx.user.update({ where: { id: userId }, data: { loginUnlockedAt: now } })
        await audit(tx, {
          actorId: admin.id,
          action: 'unlockAccount',
          entity: 'User',
          entityId: userId,
          address: context.address,
          changes: { login: user.login, liftedLocks: lifted },
        })
      })
      forgetUserSessions(context.database, userId)
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id: userId } })
    },
  }),
)
