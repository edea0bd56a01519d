// Accounts as both the office's screens and the server check them: the login's shape, a password strong
// enough, and which roles a unit of each kind may hold.
import { z } from 'zod'
import type { Role, UnitKind } from './enums.ts'

export const minPasswordLength = 10
export const maxPasswordLength = 128

/** What is wrong with a password, named so that each side words it in its reader's language. */
export type PasswordIssue = 'tooShort' | 'tooLong' | 'lettersAndDigits' | 'containsLogin'

/** Why a password is refused; null when it is acceptable. */
export function passwordIssue(password: string, login: string): PasswordIssue | null {
  if (password.length < minPasswordLength) return 'tooShort'
  if (password.length > maxPasswordLength) return 'tooLong'
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'lettersAndDigits'
  if (login && password.toLowerCase().includes(login.toLowerCase())) return 'containsLogin'
  return null
}

/** The server's words for each issue (the phone has its own, in its catalogues). */
const passwordIssueMessages: Record<PasswordIssue, string> = {
  tooShort: `密码至少 ${minPasswordLength} 位`,
  tooLong: `密码不能超过 ${maxPasswordLength} 位`,
  lettersAndDigits: '密码须同时包含字母和数字',
  containsLogin: '密码不能包含账号',
}

/** Why a password is refused, in Chinese; null when it is acceptable. */
export function passwordProblem(password: string, login: string): string | null {
  const issue = passwordIssue(password, login)
  return issue && passwordIssueMessages[issue]
}

export const newPassword = (login: () => string) =>
  z.string({ message: '请填写新密码' }).superRefine((password, context) => {
    const problem = passwordProblem(password, login())
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })

/** A login people type on a phone: lower-case letters, digits, dot, dash or underscore, or a mobile number. */
export const login = z
  .string({ message: '请填写账号' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, '账号为 3–32 位小写字母、数字、点、横线或下划线，以字母或数字开头')

/** A unit's short code, as the 台账 and the targets sheet name it. */
export const unitCode = z
  .string({ message: '请填写单位代码' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{1,31}$/, '单位代码为 2–32 位大写字母、数字或下划线，以字母开头')

/** The roles a unit of each kind may hold: the office leads and administers, departments resolve requests. */
export const rolesOfUnitKind: Record<UnitKind, readonly Role[]> = {
  PARK: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER'],
  TOWN: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER'],
  DEPARTMENT: ['DEPARTMENT', 'UNIT_LEADER'],
  OFFICE: ['ADMIN', 'LEADER'],
}
