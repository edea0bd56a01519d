// GraphQL's own input errors (a variable of the wrong type, an unknown enum value) are English and
// carry no code; users and the phone's outbox need the same shape as our DomainErrors.
import { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'

const invalidVariable = /^Variable "\$(\w+)" got invalid value (.+?)(?: at "([\w.[\]]+)")?; (.*)$/s
const missingVariable =
  /^Variable "\$(\w+)" of (?:required|non-null) type ".+" (?:was not provided|must not be null)\.?$/s

export function translateInputError(error: GraphQLError): GraphQLError {
  if (error.extensions?.code && error.extensions.code !== 'BAD_USER_INPUT') return error
  const missing = missingVariable.exec(error.message)
  if (missing) return badInput(missing[1]!, `输入不合法：缺少必填项 ${missing[1]}`)
  const match = invalidVariable.exec(error.message)
  if (!match) return error
  const [, variable, rawValue, at, reason = ''] = match
  const where = at ?? variable
  const value = rawValue?.replace(/^"|"$/g, '')
  const message = /does not exist in ".+" enum/.test(reason)
    ? `输入不合法：${where} 的值“${value}”不是可选项`
    : /of required type .+ was not provided|must not be null/.test(reason)
      ? `输入不合法：缺少必填项 ${where}`
      : `输入不合法：${where} 的值“${value}”格式不正确`
  return badInput(where!, message)
}

function badInput(field: string, message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', problems: [{ field, message }] } })
}

export function useChineseInputErrors(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.length) return
        setResult({ ...result, errors: result.errors.map(translateInputError) })
      },
    }),
  }
}
