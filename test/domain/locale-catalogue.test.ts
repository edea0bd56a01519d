// Every fixed message the server writes has English: the Chinese literals in the code's error paths
// (DomainError, notFound, zod and problem messages, the stage rules) are read from the source and each must be
// in the catalogue, a template, or the field names. Messages built from values (`${label}…`) are covered by the
// templates of english-errors.ts; the ones no template knows yet are told with the code's English sentence.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inEnglish, knownEnglish } from '../../server/src/locale/english-errors.ts'
import { englishLabels } from '../../server/src/locale/english-labels.ts'
import { localeFromHeader } from '../../server/src/locale/locale.ts'
import { DomainError } from '../../server/src/domain/errors.ts'
import { conflictError } from '../../server/src/write/versioned.ts'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'generated') return []
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

// Where a fixed message is written: a DomainError (new, or forbidden, notFound … of it), a GraphQLError, a zod
// or problem `message:`, a stage rule's refuse (either branch of a choice in it), a zod check's second
// argument, a problem function's `return`.
const errorContext = [
  String.raw`DomainError\('[A-Z_]+',\s*`,
  String.raw`DomainError\.\w+\(\s*`,
  String.raw`GraphQLError\(\s*`,
  String.raw`notFound\(`,
  String.raw`message:\s*`,
  String.raw`refuse\(`,
  String.raw`refuse\([^\n]*?\?\s*`,
  String.raw`\.(?:min|max|regex|length|int)\([^,()]*,\s*`,
  String.raw`return\s+`,
].join('|')
const chineseLiteral = String.raw`'([^'\n]*[\u4e00-\u9fa5][^'\n]*)'`
// A check's message as its last argument: `.refine((value) => …, '…')`; the other branch of a choice of two.
const lastArgument = String.raw`,\s*${chineseLiteral},?\s*\)`
const otherBranch = String.raw`'[^'\n]*'\s*:\s*${chineseLiteral}\s*\)`
const errorLiteral = new RegExp(`(?:(?:${errorContext})${chineseLiteral}|${lastArgument}|${otherBranch})`, 'g')

// Found by the patterns but no message: the schema's descriptions of masked fields, an empty value's mark in
// the audit log, a refusal of the command line's, a description chosen between two.
const notMessages = new Set([
  '电子邮箱；无权查看者只见掩码',
  '微信号；无权查看者只见掩码',
  '（空）',
  '审计日志为空 / The audit log is empty.',
  '修改人才投入（须带版本号；他人已修改时返回 CONFLICT 与最新内容）',
])
// Chinese an English message may keep: what the user wrote, quoted, and the language's own name.
const keptChinese = (english: string) => english.replace(/“[^”]*”/g, '').replace('中文', '')

const messages = [...sourceFiles('server/src'), ...sourceFiles('rules/src')]
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(errorLiteral)].map((match) => ({
      file,
      message: (match[1] ?? match[2] ?? match[3])!,
    })),
  )
  .filter(({ message }) => !notMessages.has(message))

describe('the English of the server’s messages', () => {
  it('finds the messages it checks', () => {
    expect(messages.length).toBeGreaterThan(100)
  })

  it('has English for every fixed message in the code, with no Chinese left in it', () => {
    const missing = messages.filter(({ message }) => !knownEnglish(message) && !englishLabels[message])
    expect(missing).toEqual([])
    const halfTold = messages.filter(({ message }) => /[\u4e00-\u9fa5]/.test(keptChinese(knownEnglish(message) ?? '')))
    expect(halfTold).toEqual([])
  })

  it('tells messages built from values, and keeps the Chinese of one it does not know', () => {
    expect(inEnglish(DomainError.notFound('项目')).message).toBe('The project does not exist or you may not see it')
    expect(inEnglish(conflictError('单位', { id: 'u', version: 3 })).message).toBe(
      'Someone else changed this unit (now version 3); review the latest before sending again',
    )
    const twoProblems = DomainError.badInput([
      { field: 'name', message: '姓名不能为空' },
      { field: 'gender', message: '性别不正确' },
    ])
    expect(inEnglish(twoProblems).message).toBe('Name may not be empty; The gender is not valid')
    expect(knownEnglish('张伟正由东部园区跟进，不能重复立项；如有异议请联系人才办协调')).toBe(
      '张伟 is followed by 东部园区: no second project; ask the talent office if you disagree',
    )
    expect(knownEnglish('职能部门不能设置「项目负责人」角色')).toBe(
      'A department cannot have the role “Project manager”',
    )
    expect(knownEnglish('只能回退一个阶段（从“签约”只能退回“洽谈”）')).toBe(
      'A project moves back one stage at a time (from “Signed” only to “Negotiating”)',
    )
    expect(knownEnglish('单位代码“PARK_X”不存在')).toBe('The unit code “PARK_X” does not exist')
    expect(knownEnglish('登录失败次数过多，已暂时锁定，请 15 分钟后再试，或联系管理员解锁')).toBe(
      'Too many failed sign-ins: locked for now; try again in 15 minutes, or ask an administrator to unlock it',
    )
    expect(knownEnglish('诉求当前为“已办结”，不能执行此操作')).toBe(
      'The request is “Resolved”: this step is not possible now',
    )
    expect(knownEnglish('首次联系时限为 1–30 天')).toBe('First-contact deadline is 1–30 days')
    expect(knownEnglish('学历不正确')).toBe('The education level is not valid')
    expect(knownEnglish('所属领域不正确')).toBe('The field is not valid')
    expect(inEnglish(new DomainError('CONFLICT', '某个新规则')).message).toBe(
      'This conflicts with the current records (某个新规则)',
    )
  })

  it('reads the browser’s preferred language', () => {
    expect(localeFromHeader('en-US,en;q=0.9')).toBe('en')
    expect(localeFromHeader('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN')
    expect(localeFromHeader('fr-FR,en;q=0.5')).toBe('en')
    expect(localeFromHeader('zh;q=0.4,en;q=0.6')).toBe('en')
    expect(localeFromHeader(null)).toBe('zh-CN')
  })
})
