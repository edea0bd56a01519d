// An error in English for a user who chose English: the Chinese message is looked up (english-messages.ts),
// matched against the templates below, or, when neither knows it, replaced by the code's general sentence with
// the Chinese kept after it, so that the user can still show it to the talent office.
import { GraphQLError } from 'graphql'
import { englishLabel, englishWord } from './english-labels.ts'
import { englishMessages } from './english-messages.ts'
import type { Locale } from './locale.ts'
import { ledgerRowTemplates, ledgerTemplates, type Template } from './english-ledger.ts'
import { targetsSheetTemplates } from './english-targets.ts'

const label = (match: RegExpExecArray, index = 1) => englishLabel(match[index] ?? '')
const word = (match: RegExpExecArray, index: number) => englishWord(match[index] ?? '')
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const templates: Template[] = [
  // Before the 台账's rows (第 3 行…：any message) and the general ones: a targets sheet's row or cell.
  ...targetsSheetTemplates((message) => knownEnglish(message) ?? message),
  ...ledgerRowTemplates((message) => knownEnglish(message) ?? message),
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
  [/^接收人都已打开这份报告，无需提醒$/, () => 'Every reader has opened this report already: nobody to remind'],
  [/^(\d+) 年度还没有考核办法，不能印发报告$/, (m) => `${m[1]} has no assessment scheme yet: no report can be issued`],
  [/^(\d+) 年度没有考核办法可复制$/, (m) => `${m[1]} has no assessment scheme to copy`],
  [/^账号 (\S+) 已被使用$/, (m) => `The account ${m[1]} is already in use`],
  [/^(.+)不能设置「(.+)」角色$/, (m) => `${word(m, 1)} cannot have the role “${word(m, 2)}”`],
  [
    /^只能回退一个阶段（从“(.+)”只能退回“(.+)”）$/,
    (m) => `A project moves back one stage at a time (from “${word(m, 1)}” only to “${word(m, 2)}”)`,
  ],
  [
    /^项目(已流失|已暂缓)，请先恢复跟进再调整阶段$/,
    (m) => `The project is ${word(m, 1)}: resume it before changing its stage`,
  ],
  [/^项目已处于“(.+)”阶段$/, (m) => `The project is already at “${word(m, 1)}”`],
  [
    /^项目(已流失|已暂缓)，不能登记(.+)：签约、落地只登记在跟进中的项目上$/,
    (m) => `The project is ${word(m, 1)}: ${word(m, 2)} is recorded only on active projects`,
  ],
  [
    /^只能回退一步（从“(.+)”只能退回“(.+)”）$/,
    (m) => `One step back at a time (from “${word(m, 1)}” only to “${word(m, 2)}”)`,
  ],
  [
    /^尚未提交申报，不能登记评审结果（当前为“(.+)”）$/,
    (m) => `Not submitted yet: no decision can be recorded (now “${word(m, 1)}”)`,
  ],
  [/^申报已处于“(.+)”状态$/, (m) => `The application is already “${word(m, 1)}”`],
  [
    /^评审结果已登记为“(.+)”，如需更正，请先退回“(.+)”并填写原因$/,
    (m) => `The decision is already “${word(m, 1)}”; to correct it, move back to “${word(m, 2)}” with a reason`,
  ],
  [
    /^输入过长：(.+) 最多 (\d+) 个字符（收到 (\d+) 个）$/,
    (m) => `Too long: ${m[1]} takes ${m[2]} characters at most (${m[3]})`,
  ],
  [/^输入过长：(.+) 最多 (\d+) 项（收到 (\d+) 项）$/, (m) => `Too long: ${m[1]} takes ${m[2]} items at most (${m[3]})`],
  [/^每页最多 (\d+) 条（(\w+) 为 (\d+)）$/, (m) => `At most ${m[1]} rows per page (${m[2]} is ${m[3]})`],
  [/^请求过大：最多 (.+) MB$/, (m) => `The request is too large: ${m[1]} MB at most`],
  [/^第 (\d+) 项：单位不存在$/, (m) => `Item ${m[1]}: the unit does not exist`],
  [/^第 (\d+) 项：同一单位同一指标重复填写$/, (m) => `Item ${m[1]}: the same unit and indicator twice`],
  [/^第 (\d+) 项：指标不属于 (\d+) 年度考核办法$/, (m) => `Item ${m[1]}: the indicator is not in the ${m[2]} scheme`],
  [/^第 (\d+) 项：(.+)不参加“(.+)”考核$/, (m) => `Item ${m[1]}: ${m[2]} is not assessed on “${m[3]}”`],
  [/^“(.+)”已停用，不能新建申报$/, (m) => `“${m[1]}” is retired: no new applications`],
  [/^已有同名或同代码的人才工程（(.+)，(.+)）$/, (m) => `A programme with that name or code exists (${m[1]}, ${m[2]})`],
  [/^该项目已计入(.+)$/, (m) => `The project is already credited to ${m[1]}`],
  [/^该统一社会信用代码已登记在另一个项目（(.*)）$/, (m) => `This credit code is already on another project (${m[1]})`],
  [/^(.+)的记录已合并，请登记保留的记录$/, (m) => `${m[1]}’s record was merged: record it on the kept one`],
  [
    /^(.+)正由(.+)跟进，不能重复立项；如有异议请联系人才办协调$/s,
    (m) => `${m[1]} is followed by ${m[2]}: no second project; ask the talent office if you disagree`,
  ],
  [/^可能与已有人才重复（(.+)），请核实$/, (m) => `This may duplicate an existing talent (${m[1]}); please check`],
  [/^期间应写作 (\S+) 这样的格式，且属于 (\d+) 年$/, (m) => `Write the period like ${m[1]}, within ${m[2]}`],
  [/^统一社会信用代码应为18位，当前为(\d+)位$/, (m) => `A unified social credit code has 18 characters, not ${m[1]}`],
  [/^电话号码格式不正确：(.+)$/s, (m) => `The phone number is malformed: ${knownEnglish(m[1] ?? '') ?? m[1]}`],
  [
    /^登录失败次数过多，(已暂时锁定，)?请 (\d+) (秒|分钟)后再试(，或联系管理员解锁)?$/,
    (m) =>
      `Too many failed sign-ins${m[1] ? ': locked for now' : ''}; try again in ${m[2]} ` +
      `${m[3] === '秒' ? 'seconds' : 'minutes'}${m[4] ? ', or ask an administrator to unlock it' : ''}`,
  ],
  [/^(.+)不能为负$/, (m) => `${capital(label(m))} may not be negative`],
  [/^(.+)不能超过 ([\d.]+)$/, (m) => `${capital(label(m))} may not exceed ${m[2]}`],
  [/^请填写(.+)$/, (m) => `Please enter the ${label(m)}`],
  [/^(.+)须为整数天$/, (m) => `${capital(label(m))} must be a whole number of days`],
  [/^(.+)为 (\d+)–(\d+) 天$/, (m) => `${capital(label(m))} is ${m[2]}–${m[3]} days`],
  [/^诉求当前为“(.+)”，不能执行此操作$/, (m) => `The request is “${word(m, 1)}”: this step is not possible now`],
  [/^诉求当前为“(.+)”，办结后才能评价满意度$/, (m) => `The request is “${word(m, 1)}”: it can be rated once resolved`],
  [
    /^(.+) 的目标值刚被他人保存，请刷新后重试$/,
    (m) => `Someone else just saved the target of ${m[1]}; refresh and try again`,
  ],
  [
    /^(.+)已在 (\d+) 年申报“(.+)”，同一人才工程每年只能申报一次(?:（申报单位：(.+)）)?$/s,
    (m) =>
      `${m[1]} already applied to “${m[3]}” in ${m[2]}: one application per programme a year` +
      (m[4] ? ` (filed by ${m[4]})` : ''),
  ],
  [/^(\d+) 年已有名为“(.+)”的批次$/, (m) => `${m[1]} already has a round named “${m[2]}”`],
  [/^“(.+)”已停用，不能开设批次$/, (m) => `“${m[1]}” is retired: no new rounds`],
  [/^其中 (\d+) 名人才不存在或无权查看$/, (m) => `${m[1]} of the talents do not exist or you may not see them`],
  [
    /^(.+)可能已作为另一条人才记录登记参加（(手机号相同|姓名和工作单位相同)），同一人请先合并人才记录$/s,
    (m) =>
      `${m[1]} may already take part as another talent record ` +
      `(${m[2] === '手机号相同' ? 'same mobile number' : 'same name and employer'}); ` +
      'merge the records of one person first',
  ],
  [/^(\S+) 已在日历上，请先删除再添加$/, (m) => `${m[1]} is already on the calendar: delete it before adding it`],
  [
    /^该人才（(.+)）已由本单位（(.+)）跟进，请勿重复登记；请在原项目上继续跟进$/s,
    (m) => `This talent (${m[1]}) is already followed by your unit (${m[2]}): go on with the existing project`,
  ],
  [
    /^两条记录都有(\d+)年“(.+)”的申报，请先处理其中一条再合并$/s,
    (m) => `Both records applied to “${m[2]}” in ${m[1]}: deal with one of them before merging`,
  ],
  [
    /^按完整号码查找人才过于频繁（每小时最多 (\d+) 次），请稍后再试$/,
    (m) => `Too many look-ups by full number (${m[1]} an hour at most); try again later`,
  ],
  [
    /^查询范围过大：请减少每页条数或嵌套的列表（估算 (\d+) 条记录，上限 (\d+)）$/,
    (m) =>
      `The query asks for too much: fewer rows per page or fewer nested lists (about ${m[1]} records, limit ${m[2]})`,
  ],
  ...ledgerTemplates((message) => knownEnglish(message) ?? message),
  // The most general last: a field's name before a word of refusal.
  [/^(.+)应为数字$/, (m) => `${capital(label(m))} must be a number`],
  [/^(.+)应为是或否$/, (m) => `${capital(label(m))} must be yes or no`],
  [/^(.+)不正确$/, (m) => `${capital(label(m))} is not valid`],
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

/** A message in the reader's language: for an English reader its English, or the Chinese no template knows. */
export const toldIn =
  (locale: Locale) =>
  (message: string): string =>
    locale === 'en' ? (knownEnglish(message) ?? message) : message

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
  return knownEnglish(message) ?? `${englishForCode[code] ?? 'The request was refused'} (${message})`
}

export function inEnglish(error: GraphQLError): GraphQLError {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'BAD_REQUEST'
  const problems = error.extensions?.problems
  // A refusal of input is its problems joined (DomainError.badInput): each is told on its own.
  const told = Array.isArray(problems)
    ? problems.map((problem: { field: string; message: string }) => ({
        ...problem,
        message: englishOf(problem.message, code),
      }))
    : null
  const message = told?.length ? told.map((problem) => problem.message).join('; ') : englishOf(error.message, code)
  // The 台账's refusal lists its bad rows with their errors too (ledger-report.ts), for the screen to show.
  const rows = error.extensions?.rows
  const toldRows = Array.isArray(rows)
    ? rows.map((row: { errors?: unknown }) =>
        Array.isArray(row.errors)
          ? { ...row, errors: row.errors.map((text: string) => knownEnglish(text) ?? text) }
          : row,
      )
    : null
  return new GraphQLError(message, {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: {
      ...error.extensions,
      ...(told ? { problems: told } : {}),
      ...(toldRows ? { rows: toldRows } : {}),
    },
  })
}
