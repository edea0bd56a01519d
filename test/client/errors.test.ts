// How the answer to an outbox write is read: network trouble keeps it queued, a refusal is shown to the user.
import { describe, expect, it } from 'vitest'
import { CombinedError } from '@urql/core'
import { classifyWrite, errorMessage } from '../../client/src/urql/errors.ts'
import { changeLocale } from '../../client/src/i18n/index.ts'

// Shaped like a GraphQL response's error; CombinedError turns it into a GraphQLError.
const graphQLError = (message: string, extensions: Record<string, unknown>) => ({ message, extensions })

describe('classifyWrite', () => {
  it('acknowledges an answer without errors (a first write or a replay alike)', () => {
    expect(classifyWrite({ data: { createLead: { id: 'x' } }, error: undefined })).toEqual({ kind: 'ack' })
  })

  it('treats fetch failures as the network, in every browser’s wording', () => {
    for (const networkError of [
      new TypeError('Failed to fetch'),
      new TypeError('Load failed'),
      new Error('NetworkError when attempting to fetch resource.'),
    ]) {
      expect(classifyWrite({ data: undefined, error: new CombinedError({ networkError }) }).kind).toBe('network')
    }
  })

  it('keeps the server’s message and problems for a refused write', () => {
    const problems = [{ field: 'phone', message: '手机号格式不正确，应为 11 位大陆手机号' }]
    const error = new CombinedError({
      graphQLErrors: [graphQLError('手机号格式不正确，应为 11 位大陆手机号', { code: 'BAD_USER_INPUT', problems })],
    })
    expect(classifyWrite({ data: undefined, error })).toEqual({
      kind: 'rejected',
      error: { code: 'BAD_USER_INPUT', message: '手机号格式不正确，应为 11 位大陆手机号', problems },
    })
    // A write the server will refuse however often it is sent: shown to the user, never retried in silence.
    for (const code of [
      'FORBIDDEN',
      'CONFLICT',
      'CREDIT_CONFLICT',
      'DUPLICATE',
      'PAYLOAD_TOO_LARGE',
      'QUERY_TOO_COMPLEX',
    ]) {
      const refused = new CombinedError({ graphQLErrors: [graphQLError('不行', { code })] })
      expect(classifyWrite({ data: undefined, error: refused })).toMatchObject({ kind: 'rejected', error: { code } })
    }
  })

  it('keeps the current record of a version conflict, so the user can choose field by field', () => {
    const current = { id: 'p1', title: '经理改的名字', industry: null, version: 3 }
    const error = new CombinedError({
      graphQLErrors: [
        graphQLError('该项目已被他人修改（当前为第 3 版），请查看最新内容后再提交', { code: 'CONFLICT', current }),
      ],
    })
    expect(classifyWrite({ data: undefined, error })).toEqual({
      kind: 'rejected',
      error: { code: 'CONFLICT', message: '该项目已被他人修改（当前为第 3 版），请查看最新内容后再提交', current },
    })
  })

  it('waits for a usable session (signed in, password changed), and retries unexpected server errors', () => {
    const signedOut = new CombinedError({ graphQLErrors: [graphQLError('请先登录', { code: 'UNAUTHENTICATED' })] })
    expect(classifyWrite({ data: undefined, error: signedOut })).toEqual({ kind: 'unauthenticated' })
    const passwordToChange = new CombinedError({
      graphQLErrors: [graphQLError('请先修改初始密码，再进行其他操作', { code: 'PASSWORD_CHANGE_REQUIRED' })],
    })
    expect(classifyWrite({ data: undefined, error: passwordToChange })).toEqual({ kind: 'unauthenticated' })
    const masked = new CombinedError({ graphQLErrors: [graphQLError('Unexpected error.', {})] })
    expect(classifyWrite({ data: undefined, error: masked })).toMatchObject({
      kind: 'transient',
      error: { message: 'Unexpected error.' },
    })
    const badGateway = new CombinedError({ networkError: new Error('Bad Gateway'), response: { status: 502 } })
    expect(classifyWrite({ data: undefined, error: badGateway })).toMatchObject({
      kind: 'transient',
      error: { code: 'HTTP_502' },
    })
  })
})

describe('errorMessage', () => {
  const internal = new CombinedError({
    graphQLErrors: [
      graphQLError('服务器内部错误，请稍后再试；联系管理员时请告知请求编号 req-7', {
        code: 'INTERNAL_SERVER_ERROR',
        requestId: 'req-7',
      }),
    ],
  })

  it(
    'tells a server error with the request number the administrator finds in the log, ' + 'in the reader’s language',
    async () => {
      expect(errorMessage(internal, '加载失败')).toBe('服务器内部错误，请稍后再试；联系管理员时请告知请求编号 req-7')
      await changeLocale('en')
      try {
        expect(errorMessage(internal, 'Could not load')).toBe(
          'Server error, please try again later; when you call the administrator, quote request number req-7',
        )
      } finally {
        await changeLocale('zh-CN')
      }
    },
  )

  it('keeps the server’s message for any other error, and the fallback when there is none', () => {
    const refused = new CombinedError({
      graphQLErrors: [graphQLError('每页最多 100 条（first 为 101）', { code: 'BAD_USER_INPUT' })],
    })
    expect(errorMessage(refused, '加载失败')).toBe('每页最多 100 条（first 为 101）')
    expect(errorMessage(undefined, '加载失败')).toBe('加载失败')
  })
})
