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

// Where a fixed message is written: a DomainError, notFound, a zod or problem `message:`, a stage rule's
// refuse, a zod check's second argument.
const errorContext = [
  String.raw`DomainError\('[A-Z_]+',\s*`,
  String.raw`notFound\(`,
  String.raw`message:\s*`,
  String.raw`refuse\(`,
  String.raw`\.(?:min|max|regex|length|int)\([^,()]*,\s*`,
].join('|')
const chineseLiteral = String.raw`'([^'\n]*[\u4e00-\u9fa5][^'\n]*)'`
// A check's message as its last argument: `.refine((value) => …, '…')`.
const errorLiteral = new RegExp(`(?:(?:${errorContext})${chineseLiteral}|,\\s*${chineseLiteral}\\))`, 'g')

// Found by the patterns but no message: the schema's descriptions of masked fields.
const notMessages = new Set(['电子邮箱；无权查看者只见掩码', '微信号；无权查看者只见掩码'])

const messages = [...sourceFiles('server/src'), ...sourceFiles('rules/src')]
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(errorLiteral)].map((match) => ({ file, message: (match[1] ?? match[2])! })),
  )
  .filter(({ message }) => !notMessages.has(message))

describe('the English of the server’s messages', () => {
  it('finds the messages it checks', () => {
    expect(messages.length).toBeGreaterThan(100)
  })

  it('has English for every fixed message in the code', () => {
    const missing = messages.filter(({ message }) => !knownEnglish(message) && !englishLabels[message])
    expect(missing).toEqual([])
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
