import type { SessionUser } from '../context.ts'
import type { Role } from '../generated/prisma/enums.ts'

/** Scopes are computed once per request from the session. */
export function authScopesFor(user: SessionUser | null) {
  return {
    public: true,
    signedIn: user !== null && !user.mustChangePassword,
    /** Signed in, even with a one-time password still to change: enough to read oneself and change it. */
    account: user !== null,
    role: (roles: Role[]) => user !== null && roles.includes(user.role),
  }
}
