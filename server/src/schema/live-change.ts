// What a subscription sends (docs/architecture.md, "Live screens"): which records changed, by id, never their
// data. The screen re-reads them with its own queries, under its own read rules.
import { builder } from '../builder.ts'
import { DomainError } from '../domain/errors.ts'
import type { Context } from '../context.ts'
import type { Role } from '../generated/prisma/enums.ts'
import type { LiveChange, LiveBus } from '../live/bus.ts'

export const LiveChangeRef = builder.objectRef<LiveChange>('LiveChange').implement({
  description: '实时变更：变了哪些记录（只有编号），界面据此重新查询',
  authScopes: { signedIn: true },
  fields: (t) => ({
    ids: t.exposeIDList('ids', { description: '变更的记录（全局编号），均为订阅者可读的' }),
    reread: t.exposeBoolean('reread', { description: '变更太多或曾断开：整屏重新查询' }),
  }),
})

/**
 * The bus and the subscriber's session, for a subscription's `subscribe`. The field's authScopes are checked
 * when each event is resolved, not when the stream opens: `roles` repeats them here, so that a subscriber
 * not allowed is refused at once and never holds a stream.
 */
export function liveOf(context: Context, roles?: readonly Role[]): { bus: LiveBus; sessionId: string } {
  if (!context.user || !context.sessionId) throw DomainError.unauthenticated()
  if (context.user.mustChangePassword)
    throw new DomainError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码，再进行其他操作')
  if (roles && !roles.includes(context.user.role)) throw DomainError.forbidden()
  // Every server process starts one (main.ts); only a test or a benchmark builds a yoga without it.
  if (!context.live) throw new Error('This GraphQL server was built without the live screens’ bus')
  return { bus: context.live, sessionId: context.sessionId }
}

/** The reader a subscription answers to: the user and the request's scoped client. */
export const readerOf = (context: Context) => ({ user: context.user!, prisma: context.prisma })
