import { RequestCache } from '@pothos/plugin-scope-auth'
import type { Context, SessionUser } from '../context.ts'

/**
 * Login and logout change who is asking halfway through a request; the scopes Pothos computed
 * for the old user are dropped so the rest of the answer is authorised for the new one.
 */
export function actAs(context: Context, user: SessionUser | null): void {
  context.user = user
  RequestCache.clearForContext(context)
}
