// The libraries' own refusals (graphql-armor, the CSRF check, Pothos' pagination and global ids, yoga's
// request parsing) in the shape of ours: a code the client branches on and a Chinese message.

export interface Translation {
  code: string
  message: string
  /** The HTTP status under application/graphql-response+json (application/json keeps 200). */
  status?: number
}

type Rule = [RegExp, (match: RegExpExecArray) => Translation]

const tooComplex = (message: string): Translation => ({ code: 'QUERY_TOO_COMPLEX', message, status: 400 })
const badInput = (message: string): Translation => ({ code: 'BAD_USER_INPUT', message })

const rules: Rule[] = [
  [
    /Query depth limit of (\d+) exceeded, found (\d+)/,
    (m) => tooComplex(`查询嵌套过深：最多 ${m[1]} 层（本次 ${m[2]} 层）`),
  ],
  [
    /Aliases limit of (\d+) exceeded, found (\d+)/,
    (m) => tooComplex(`查询中的别名过多：最多 ${m[1]} 个（本次 ${m[2]} 个）`),
  ],
  [
    /Directives limit of (\d+) exceeded, found (\d+)/,
    (m) => tooComplex(`查询中的指令过多：最多 ${m[1]} 个（本次 ${m[2]} 个）`),
  ],
  [/Token limit of (\d+) exceeded/, (m) => tooComplex(`查询语句过长：最多 ${m[1]} 个词法单元`)],
  [/Query Cost limit of (\d+) exceeded, found (\d+)/, (m) => tooComplex(`查询范围过大（估算 ${m[2]}，上限 ${m[1]}）`)],
  [
    /^Required CSRF header\(s\) not present/,
    () => ({
      code: 'CSRF_HEADER_MISSING',
      message: '请求缺少防跨站请求伪造的请求头（x-graphql-yoga-csrf），请从本系统的页面发起请求',
      status: 403,
    }),
  ],
  [/^Argument "(first|last)" must be a non-negative integer/, (m) => badInput(`分页参数 ${m[1]} 不能为负数`)],
  [
    /^Argument "last" can only be used in combination with "before" or "first"/,
    () => badInput('分页参数 last 只能与 before 或 first 一起使用'),
  ],
  [
    /^Arguments "(\w+)" and "(\w+)" are not supported at the same time/,
    (m) => badInput(`分页参数 ${m[1]} 与 ${m[2]} 不能同时使用`),
  ],
  [/^Invalid (offset )?cursor/, () => badInput('分页位置（after / before）不正确，请从第一页重新加载')],
  [/^Invalid global ID|^ID: .* is not of type/, () => badInput('编号格式不正确')],
  [/does not support loading by id/, () => badInput('编号不对应可查看的记录类型')],
  [
    new RegExp(
      [
        '^Must provide query string',
        '^POST body sent invalid JSON',
        '^Request body is not a valid',
        '^Unsupported Media Type',
        '^Request is not valid',
        '^Invalid (query|extensions|variables|operationName)',
      ].join('|'),
      'i',
    ),
    () => ({ code: 'BAD_REQUEST', message: '请求格式不正确：请检查请求体（JSON，含 query）', status: 400 }),
  ],
]

export function translateLibraryMessage(message: string): Translation | null {
  for (const [pattern, translate] of rules) {
    const match = pattern.exec(message)
    if (match) return translate(match)
  }
  return null
}
