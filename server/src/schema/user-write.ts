// The talent office's hold on accounts: create one (with a one-time password), change a person's name, role
// or unit, deactivate or bring them back, reset a password. Every change is audited; a deactivated person's
// sessions end at once and their records stay. The county is never left without an active administrator.
import { builder } from '../builder.ts'
import type { Context } from '../context.ts'
import { forgetUserSessions } from '../auth/session.ts'
import { hashPassword } from '../auth/password.ts'
import {
  assertRoleFitsUnit,
  createUserInput,
  oneTimePassword,
  resetPasswordInput,
  updateUserInput,
} from '../domain/account.ts'
import { changedFields } from '../domain/diff.ts'
import { DomainError } from '../domain/errors.ts'
import { parseInput } from '../domain/parse.ts'
import type { Transaction } from '../write/apply-once.ts'
import { runWrite, type WriteOutcome } from '../write/run-write.ts'
import { updateIfVersion } from '../write/versioned.ts'
import { RoleEnum } from './enums.ts'
import { lockedUnit } from './unit.ts'

// What a conflict may show of an account: never its password hash.
const accountFields = {
  id: true,
  version: true,
  login: true,
  name: true,
  phone: true,
  role: true,
  unitId: true,
  active: true,
} as const

const IssuedPassword = builder.objectRef<{ userId: string; oneTimePassword: string | null }>('IssuedPassword')
IssuedPassword.implement({
  description: '管理员发给某人的一次性密码：只在这一次回答里出现，对方首次登录时须修改',
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    user: t.prismaField({
      type: 'User',
      resolve: (query, issued, _args, context) =>
        context.prisma.user.findUniqueOrThrow({ ...query, where: { id: issued.userId } }),
    }),
    oneTimePassword: t.exposeString('oneTimePassword', {
      nullable: true,
      description: '一次性密码；重放的请求不再给出（服务器只存其哈希）',
    }),
  }),
})

const inputs = {
  create: builder.inputType('CreateUserInput', {
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      login: t.string({ required: true }),
      name: t.string({ required: true }),
      phone: t.string(),
      role: t.field({ type: RoleEnum, required: true }),
      unitId: t.string({ required: true }),
    }),
  }),
  update: builder.inputType('UpdateUserInput', {
    description: '改姓名、电话、角色、单位，或停用、恢复账号（须带版本号）',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      version: t.int({ required: true }),
      name: t.string(),
      phone: t.string(),
      role: t.field({ type: RoleEnum }),
      unitId: t.string(),
      active: t.boolean(),
    }),
  }),
  reset: builder.inputType('ResetPasswordInput', {
    fields: (t) => ({ clientMutationId: t.string({ required: true }), id: t.string({ required: true }) }),
  }),
}

/** Refuses a change that would leave no active administrator; concurrent changes take their turns. */
async function keepAnAdministrator(tx: Transaction, userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`
  if (admins.every((admin) => admin.id === userId))
    throw DomainError.badInput([{ field: 'role', message: '这是全县唯一在岗的管理员，不能停用或改为其他角色' }])
}

async function endSessions(tx: Transaction, userId: string) {
  await tx.session.deleteMany({ where: { userId } })
}

async function issue(
  context: Context,
  spec: { operation: string; clientMutationId: string; recordId?: string },
  write: IssueWrite,
) {
  const password = oneTimePassword()
  const passwordHash = await hashPassword(password)
  let issued: string | null = null
  const userId = await runWrite(context, { ...spec, entity: 'User' }, async (tx) => {
    const outcome = await write(tx, passwordHash)
    issued = password
    return outcome
  })
  forgetUserSessions(context.database, userId)
  return { userId, oneTimePassword: issued }
}
type IssueWrite = (tx: Transaction, passwordHash: string) => Promise<WriteOutcome>

builder.mutationField('createUser', (t) =>
  t.field({
    type: IssuedPassword,
    description: '人才办新建账号，并给出一次性密码（记入审计日志）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: inputs.create, required: true }) },
    resolve: (_root, args, context) => {
      const { clientMutationId, ...values } = parseInput(createUserInput, args.input)
      return issue(context, { operation: 'createUser', clientMutationId }, async (tx, passwordHash) => {
        assertRoleFitsUnit(values.role, await lockedUnit(tx, values.unitId))
        if (await tx.user.findUnique({ where: { login: values.login }, select: { id: true } }))
          throw new DomainError('DUPLICATE', `账号 ${values.login} 已被使用`, { field: 'login' })
        const user = await tx.user.create({
          data: { ...values, passwordHash, mustChangePassword: true },
          select: { id: true },
        })
        return { id: user.id, changes: changedFields({}, values) }
      })
    },
  }),
)

builder.mutationField('resetPassword', (t) =>
  t.field({
    type: IssuedPassword,
    description: '人才办重置某人的密码：给出一次性密码，其所有会话立即结束（记入审计日志）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: inputs.reset, required: true }) },
    resolve: (_root, args, context) => {
      const { clientMutationId, id } = parseInput(resetPasswordInput, args.input)
      const spec = { operation: 'resetPassword', clientMutationId, recordId: id }
      return issue(context, spec, async (tx, passwordHash) => {
        const { count } = await tx.user.updateMany({
          where: { id },
          data: { passwordHash, mustChangePassword: true, loginUnlockedAt: new Date(), version: { increment: 1 } },
        })
        if (!count) throw DomainError.notFound('用户')
        await endSessions(tx, id)
        return { id, changes: { before: { mustChangePassword: null }, after: { mustChangePassword: true } } }
      })
    },
  }),
)

builder.mutationField('updateUser', (t) =>
  t.prismaField({
    type: 'User',
    description: '人才办改某人的姓名、电话、角色或单位，停用或恢复账号；停用后其会话立即结束，记录保留',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: inputs.update, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, ...input } = parseInput(updateUserInput, args.input)
      const values = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
      const spec = { clientMutationId, operation: 'updateUser', entity: 'User', recordId: id }
      await runWrite(context, spec, async (tx) => {
        const user = await tx.user.findUnique({ where: { id }, select: accountFields })
        if (!user) throw DomainError.notFound('用户')
        const next = { ...user, ...values }
        if (next.role !== user.role || next.unitId !== user.unitId || (next.active && !user.active))
          assertRoleFitsUnit(next.role, await lockedUnit(tx, next.unitId))
        if (user.role === 'ADMIN' && user.active && (next.role !== 'ADMIN' || !next.active))
          await keepAnAdministrator(tx, id)
        await updateIfVersion(
          '账号',
          user,
          version,
          (where) => tx.user.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
          () => tx.user.findUnique({ where: { id }, select: accountFields }),
        )
        if (!next.active) await endSessions(tx, id)
        return { id, changes: changedFields(user, values) }
      })
      forgetUserSessions(context.database, id)
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)
