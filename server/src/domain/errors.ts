import { GraphQLError } from 'graphql'

/** Expected failures: each has a code the client branches on and a message the user reads (zh-CN). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'RATE_LIMITED'
  | 'CLAIMED'
  /** Another unit already signed or landed the same talent's venture: the talent office settles it. */
  | 'CREDIT_CONFLICT'
  | 'DUPLICATE'
  /** Signed in with a one-time password: only changing it is allowed. */
  | 'PASSWORD_CHANGE_REQUIRED'

export interface FieldProblem {
  field: string
  message: string
}

export class DomainError extends GraphQLError {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } })
    this.code = code
  }

  static badInput(problems: FieldProblem[]): DomainError {
    const message = problems.map((problem) => problem.message).join('；')
    return new DomainError('BAD_USER_INPUT', message, { problems })
  }

  static unauthenticated(): DomainError {
    return new DomainError('UNAUTHENTICATED', '请先登录')
  }

  static forbidden(detail?: string): DomainError {
    return new DomainError('FORBIDDEN', '没有权限执行此操作', detail ? { detail } : {})
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what}不存在或无权查看`)
  }
}
