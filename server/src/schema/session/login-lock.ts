// Sign-in locks: the owner of an account learns of them at their next sign-in; the office sees on its list
// which accounts are locked now (User.loginLock) and lifts the locks.
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { audit } from '../../write/audit.ts'
import { forgetUserSessions } from '../../auth/session.ts'
import { accountLocks } from '../../auth/login-guard.ts'
import type { AccountLock } from '../../domain/login-throttle.ts'
import { requestBatch } from '../request-batch.ts'

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

const AccountLockRef = builder.objectRef<AccountLock>('AccountLock').implement({
  description: '账号当前的登录锁定',
  // Reached only through User.loginLock, which answers its owner and the office.
  authScopes: { signedIn: true },
  fields: (t) => ({
    until: t.expose('until', {
      type: 'DateTime',
      nullable: true,
      description: '锁定到期时间（最晚的一个）；仅因多处反复尝试而受限时为空',
    }),
    lockedAddresses: t.exposeInt('lockedAddresses', { description: '被锁定在外的网络地址数' }),
    underAttack: t.exposeBoolean('underAttack', {
      description: '账号近期被多处反复尝试登录，暂时只能在以前登录过的网络登录',
    }),
  }),
})

const locksOfPage = requestBatch(
  (user: { login: string; loginUnlockedAt: Date | null }) => user.login,
  (context, users) => accountLocks(context.database, users, new Date()),
)

builder.prismaObjectField('User', 'loginLock', (t) =>
  t.field({
    type: AccountLockRef,
    nullable: true,
    description: '当前的登录锁定（连续输错密码后被锁定的地址，或被多处反复尝试）；未锁定为空。仅本人和人才办可见',
    authScopes: (user, _args, context) => context.user?.id === user.id || { role: ['ADMIN'] },
    select: { login: true, loginUnlockedAt: true },
    resolve: async (user, _args, context) => (await locksOfPage(context, user)) ?? null,
  }),
)
