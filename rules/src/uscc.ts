// 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the first 17.
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

export function normalizeUscc(code: string): string {
  return code.trim().toUpperCase()
}

/** The check character for the first 17 characters, or null when one of them is outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0
  for (let index = 0; index < 17; index++) {
    const value = alphabet.indexOf(first17[index] ?? '')
    if (value < 0) return null
    sum += value * weights[index]!
  }
  return alphabet[(31 - (sum % 31)) % 31]!
}

/** What is wrong with a code, named so that each side words it in its reader's language. */
export type UsccIssue = { kind: 'length'; length: number } | { kind: 'characters' } | { kind: 'checkCharacter' }

/** Why a code is not a valid 统一社会信用代码; null when it is valid. */
export function usccIssue(code: string): UsccIssue | null {
  const normalized = normalizeUscc(code)
  if (normalized.length !== 18) return { kind: 'length', length: normalized.length }
  if (!shape.test(normalized)) return { kind: 'characters' }
  if (usccCheckCharacter(normalized.slice(0, 17)) !== normalized[17]) return { kind: 'checkCharacter' }
  return null
}

/** Why a code is not a valid 统一社会信用代码, in Chinese (the server's words); null when it is valid. */
export function usccProblem(code: string): string | null {
  const issue = usccIssue(code)
  if (issue?.kind === 'length') return `统一社会信用代码应为18位，当前为${issue.length}位`
  if (issue?.kind === 'characters')
    return '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）或行政区划码不是数字'
  if (issue?.kind === 'checkCharacter') return '统一社会信用代码校验位不正确，请核对营业执照'
  return null
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null
}

/** Completes 17 characters into a valid code: for demo data and tests. */
export function makeUscc(first17: string): string {
  const check = usccCheckCharacter(first17)
  if (first17.length !== 17 || check === null) throw new Error(`not 17 USCC characters: ${first17}`)
  return first17 + check
}
