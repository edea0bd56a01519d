// An error in English for a user who chose English: the Chinese message is looked up (english-messages.ts),
// matched against the templates below, or, when neither knows it, replaced by the code's general sentence with
// the Chinese kept after it, so that the user can still show it to the talent office.
import { GraphQLError } from 'graphql'
import { englishLabel } from './english-labels.ts'
import { englishMessages } from './english-messages.ts'

type Template = [RegExp, (match: RegExpExecArray) => string]

const label = (match: RegExpExecArray, index = 1) => englishLabel(match[index] ?? '')
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const templates: Template[] = [
  [/^(.+)不能为空$/, (m) => `${capital(label(m))} may not be empty`],
  [/^(.+)不能超过 (\d+) 个字$/, (m) => `${capital(label(m))} may have at most ${m[2]} characters`],
  [/^(.+)格式不正确（应为 UUID）$/, (m) => `${capital(label(m))} is malformed (a UUID is expected)`],
  [/^(.+)不存在或无权查看$/, (m) => `The ${label(m)} does not exist or you may not see it`],
  [
    /^该(.+)已被他人修改（当前为第 (\d+) 版），请查看最新内容后再提交$/,
    (m) => `Someone else changed this ${label(m)} (now version ${m[2]}); review the latest before sending again`,
  ],
  [
    /^(.+)应为不小于 0 的数字（最多两位小数）$/,
    (m) => `${capital(label(m))} must be a number ≥ 0 (two decimals at most)`,
  ],
  [/^密码至少 (\d+) 位$/, (m) => `A password needs at least ${m[1]} characters`],
  [
    /^服务器内部错误，请稍后再试；联系管理员时请告知请求编号 (.+)$/,
    (m) => `Internal server error; try again later. Give the administrator the request number ${m[1]}`,
  ],
  [
    /^查询超时，请缩小查询范围或稍后再试（请求编号 (.+)）$/,
    (m) => `The query timed out; narrow it or try later (request number ${m[1]})`,
  ],
  [/^查询嵌套过深：最多 (\d+) 层（本次 (\d+) 层）$/, (m) => `The query is nested too deep: ${m[1]} at most (${m[2]})`],
  [/^查询中的别名过多：最多 (\d+) 个（本次 (\d+) 个）$/, (m) => `Too many aliases: ${m[1]} at most (${m[2]})`],
  [/^查询中的指令过多：最多 (\d+) 个（本次 (\d+) 个）$/, (m) => `Too many directives: ${m[1]} at most (${m[2]})`],
  [/^查询语句过长：最多 (\d+) 个词法单元$/, (m) => `The query is too long: ${m[1]} tokens at most`],
  [/^查询范围过大（估算 (\d+)，上限 (\d+)）$/, (m) => `The query asks for too much (estimated ${m[1]}, limit ${m[2]})`],
  [/^分页参数 (\w+) 不能为负数$/, (m) => `The paging argument ${m[1]} may not be negative`],
  [/^分页参数 (\w+) 与 (\w+) 不能同时使用$/, (m) => `The paging arguments ${m[1]} and ${m[2]} cannot be used together`],
  [/^输入不合法：缺少必填项 (.+)$/, (m) => `Invalid input: ${m[1]} is required`],
  [/^输入不合法：(.+) 的值“(.*)”不是可选项$/s, (m) => `Invalid input: “${m[2]}” is not a choice for ${m[1]}`],
  [/^输入不合法：(.+) 的值“(.*)”格式不正确$/s, (m) => `Invalid input: the value “${m[2]}” of ${m[1]} is malformed`],
  [/^查询语句有语法错误：(.*)$/s, (m) => `The query has a syntax error: ${m[1]}`],
  [/^查询不符合接口定义：(.*)$/s, (m) => `The query does not fit the API: ${m[1]}`],
  [/^请求不合法：(.*)$/s, (m) => `Bad request: ${m[1]}`],
  [/^单位代码 (\S+) 已被使用$/, (m) => `The unit code ${m[1]} is already in use`],
  [/^(\d+) 年度已有考核办法$/, (m) => `${m[1]} already has an assessment scheme`],
  [/^(\d+) 年度还没有考核办法，不能印发报告$/, (m) => `${m[1]} has no assessment scheme yet: no report can be issued`],
]

/** What a code means, for a message neither the catalogue nor a template knows. */
export const englishForCode: Record<string, string> = {
  BAD_USER_INPUT: 'Some input is not valid',
  UNAUTHENTICATED: 'Please sign in first',
  FORBIDDEN: 'You are not allowed to do this',
  NOT_FOUND: 'The record does not exist or you may not see it',
  CONFLICT: 'This conflicts with the current records',
  INVALID_CREDENTIALS: 'The account or password is incorrect',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins; try again later',
  RATE_LIMITED: 'Too many requests; try again in a moment',
  CLAIMED: 'Another unit already follows this talent',
  CREDIT_CONFLICT: 'Another unit is already credited with this venture',
  DUPLICATE: 'This may duplicate an existing record',
  PASSWORD_CHANGE_REQUIRED: 'Please change your one-time password first',
  PAYLOAD_TOO_LARGE: 'The request is too large',
  QUERY_TOO_COMPLEX: 'The query is too complex',
  QUERY_TIMEOUT: 'The query timed out',
  CSRF_HEADER_MISSING: 'The request lacks the CSRF header',
  BAD_REQUEST: 'The request is malformed',
  INTERNAL_SERVER_ERROR: 'Internal server error',
}

/** The English of one Chinese message, or null when neither the catalogue nor a template knows it. */
export function knownEnglish(message: string): string | null {
  const exact = englishMessages[message]
  if (exact) return exact
  for (const [pattern, english] of templates) {
    const match = pattern.exec(message)
    if (match) return english(match)
  }
  return null
}

function englishOf(message: string, code: string): string {
  const known = knownEnglish(message)
  if (known) return known
  // Several problems joined by parseInput: each is translated on its own.
  if (message.includes('；'))
    return message
      .split('；')
      .map((part) => englishOf(part, code))
      .join('; ')
  return `${englishForCode[code] ?? 'The request was refused'} (${message})`
}

export function inEnglish(error: GraphQLError): GraphQLError {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'BAD_REQUEST'
  const problems = error.extensions?.problems
  const extensions = Array.isArray(problems)
    ? {
        ...error.extensions,
        problems: problems.map((problem: { field: string; message: string }) => ({
          ...problem,
          message: englishOf(problem.message, code),
        })),
      }
    : error.extensions
  return new GraphQLError(englishOf(error.message, code), {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions,
  })
}
