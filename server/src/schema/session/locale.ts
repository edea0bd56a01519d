// The user's language, chosen on 我的设置 and remembered on the server, so that another phone, the server's
// messages and the exported workbooks all follow it. It is a preference, not a shared record: the last choice
// wins without a version (an administrator editing the account at the same moment is not a conflict), and the
// account's version is left alone so that such an edit is not refused as stale either.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { actAs } from '../../auth/act-as.ts'
import { forgetUserSessions } from '../../auth/session.ts'
import { changedFields } from '../../domain/diff.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { locales } from '../../locale/locale.ts'
import { runWrite } from '../../write/run-write.ts'

const SetMyLocaleInput = builder.inputType('SetMyLocaleInput', {
  description: '选择本人的语言',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    locale: t.string({ required: true, description: 'zh-CN（中文）或 en（English）' }),
  }),
})

const setMyLocaleInput = z.object({
  clientMutationId: uuid('操作编号'),
  locale: z.enum(locales, { message: '不支持该语言，请选择中文（zh-CN）或 English（en）' }),
})

builder.mutationField('setMyLocale', (t) =>
  t.prismaField({
    type: 'User',
    description: '选择本人的语言（zh-CN 或 en）；界面、服务器提示和导出的表格随之（记入审计日志）',
    authScopes: { signedIn: true, account: true },
    args: { input: t.arg({ type: SetMyLocaleInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, locale } = parseInput(setMyLocaleInput, args.input)
      const id = await runWrite(
        context,
        { clientMutationId, operation: 'setMyLocale', entity: 'User' },
        async (tx, user) => {
          const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })
          await tx.user.update({ where: { id: user.id }, data: { locale } })
          return { id: user.id, changes: changedFields(before, { locale }) }
        },
      )
      // The rest of this answer, and the next requests, speak the language now stored (a replay's is the first).
      const stored = await context.database.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })
      forgetUserSessions(context.database, id)
      actAs(context, { ...context.user!, locale: stored.locale })
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)
