import { builder } from '../../builder.ts'
import { noRecord } from '../no-record.ts'
import { DomainError } from '../../domain/errors.ts'
import { guardLogin, recordLoginAttempt } from '../../auth/login-guard.ts'
import { verifyPassword, hashPassword } from '../../auth/password.ts'
import { endSession, startSession } from '../../auth/session.ts'
import { actAs } from '../../auth/act-as.ts'
import { noticeAccountLocked } from '../notice/lock-notices.ts'

// Verifying against a fixed hash when the login is unknown keeps the answer time the same either way.
const unknownUserHash = hashPassword('unknown-user-placeholder')

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: '当前登录用户；未登录时为 null',
    authScopes: { public: true },
    resolve: (query, _root, _args, context) =>
      context.user ? context.prisma.user.findUnique({ ...query, where: { id: context.user.id } }) : noRecord(query),
  }),
)

builder.mutationField('login', (t) =>
  t.prismaField({
    type: 'User',
    description: '用账号（手机号或用户名）和密码登录；成功后以 httpOnly Cookie 保持会话',
    authScopes: { public: true },
    args: {
      login: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const login = args.login.trim()
      const user = await context.prisma.user.findUnique({ where: { login } })
      const attempt = { login, address: context.address, unlockedAt: user?.loginUnlockedAt ?? null, now: new Date() }
      await guardLogin(context.prisma, attempt)
      const valid = await verifyPassword(user?.passwordHash ?? (await unknownUserHash), args.password)
      await recordLoginAttempt(context.prisma, attempt, Boolean(user && valid), noticeAccountLocked)
      if (!user || !valid || !user.active) throw new DomainError('INVALID_CREDENTIALS', '账号或密码不正确')
      const session = await startSession(context.database, user.id, {
        userAgent: context.request.headers.get('user-agent'),
        address: context.address,
        previousSignInAt: user.lastLoginAt,
      })
      context.sessionId = session.sessionId
      await context.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: attempt.now } })
      await context.setSessionCookie(session.token, session.expiresAt)
      // The rest of this request (the returned fields) is answered as the user who just signed in.
      actAs(context, {
        id: user.id,
        name: user.name,
        role: user.role,
        unitId: user.unitId,
        mustChangePassword: user.mustChangePassword,
      })
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } })
    },
  }),
)

builder.mutationField('logout', (t) =>
  t.boolean({
    description: '退出登录',
    authScopes: { public: true },
    resolve: async (_root, _args, context) => {
      if (context.sessionId) await endSession(context.database, context.sessionId)
      await context.clearSessionCookie()
      actAs(context, null)
      return true
    },
  }),
)
