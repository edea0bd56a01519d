// Everyone changes their own password; after an administrator's reset it is the only thing they may do.
// The other sessions of the account end, so that a password someone else knew stops working everywhere.
import { z } from 'zod'
import { newPassword } from '@talent/rules/account'
import { builder } from '../../builder.ts'
import { actAs } from '../../auth/act-as.ts'
import { hashPassword, verifyPassword } from '../../auth/password.ts'
import { forgetUserSessions } from '../../auth/session.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput } from '../../domain/parse.ts'
import { audit } from '../../write/audit.ts'

builder.mutationField('changePassword', (t) =>
  t.prismaField({
    type: 'User',
    description: '修改自己的密码（至少 10 位，含字母和数字）；本账号的其他会话随即结束（记入审计日志）',
    authScopes: { account: true },
    args: {
      currentPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, context) => {
      const me = context.user!
      const account = await context.database.user.findUniqueOrThrow({
        where: { id: me.id },
        select: { login: true, passwordHash: true },
      })
      const password = parseInput(z.object({ newPassword: newPassword(() => account.login) }), args).newPassword
      if (!(await verifyPassword(account.passwordHash, args.currentPassword)))
        throw DomainError.badInput([{ field: 'currentPassword', message: '当前密码不正确' }])
      if (password === args.currentPassword)
        throw DomainError.badInput([{ field: 'newPassword', message: '新密码不能与当前密码相同' }])
      const passwordHash = await hashPassword(password)
      await context.database.$transaction(async (tx) => {
        await tx.user.update({
          where: { id: me.id },
          data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
        })
        await tx.session.deleteMany({ where: { userId: me.id, id: { not: context.sessionId ?? '' } } })
        await audit(tx, {
          actorId: me.id,
          action: 'changePassword',
          entity: 'User',
          entityId: me.id,
          address: context.address,
          changes: { mustChangePassword: { before: me.mustChangePassword ?? false, after: false } },
        })
      })
      forgetUserSessions(context.database, me.id)
      actAs(context, { ...me, mustChangePassword: false })
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id: me.id } })
    },
  }),
)
