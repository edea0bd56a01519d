// Every string a request carries has a maximum length, checked before any resolver runs: a 5 MB search
// once held PostgreSQL for a minute. The domain's zod schemas keep their own, smaller limits with better
// words; these are the backstop every argument and input field meets, including ones no zod schema reads.
import { isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql'
import type { FieldProblem } from '../domain/errors.ts'

/** Texts a person writes at length: the largest a domain schema allows is 2000. */
const longTexts = new Set([
  'description',
  'conditions',
  'summary',
  'nextStep',
  'note',
  'notes',
  'resolution',
  'reason',
  'statusReason',
  'supportOther',
  'overseasExperience',
])

const byName: Record<string, number> = {
  search: 100,
  // The uploads' own schemas refuse more with the file size in words (ledger import: ~10 MB).
  fileBase64: 14_000_000,
  fileName: 300,
}

export const shortTextLimit = 200
export const longTextLimit = 5000
/** Lists too: the largest a domain schema allows is 5000 targets at once. */
export const listLimit = 5000

/** The maximum length of a string given as the argument or input field `name`. */
export function lengthLimit(name: string): number {
  return byName[name] ?? (longTexts.has(name) ? longTextLimit : shortTextLimit)
}

/** Adds a problem for each string (or list) in `value` longer than its field allows. */
export function checkLengths(
  value: unknown,
  type: GraphQLInputType,
  name: string,
  path: string,
  problems: FieldProblem[],
): void {
  if (value == null) return
  if (isNonNullType(type)) {
    checkLengths(value, type.ofType, name, path, problems)
    return
  }
  if (isListType(type)) {
    if (!Array.isArray(value)) checkLengths(value, type.ofType, name, path, problems)
    else if (value.length > listLimit)
      problems.push({ field: path, message: `输入过长：${path} 最多 ${listLimit} 项（收到 ${value.length} 项）` })
    else {
      value.forEach((item, index) => {
        checkLengths(item, type.ofType, name, `${path}.${index}`, problems)
      })
    }
    return
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return
    for (const field of Object.values(type.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name]
      if (fieldValue !== undefined) checkLengths(fieldValue, field.type, field.name, `${path}.${field.name}`, problems)
    }
    return
  }
  const limit = lengthLimit(name)
  if (typeof value === 'string' && value.length > limit) {
    problems.push({ field: path, message: `输入过长：${path} 最多 ${limit} 个字符（收到 ${value.length} 个）` })
  }
}
