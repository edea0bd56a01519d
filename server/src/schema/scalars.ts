import { GraphQLError } from 'graphql'
import { builder } from '../builder.ts'

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 with time zone (shown in Asia/Shanghai by the client).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = new Date(String(value))
    if (Number.isNaN(date.getTime())) throw new GraphQLError('日期时间格式不正确', { extensions: { code: 'BAD_USER_INPUT' } })
    return date
  },
})

builder.scalarType('Decimal', {
  description: 'An exact decimal number as a string, e.g. amounts in 万元.',
  serialize: (value) => value.toString(),
  parseValue: (value) => {
    const text = String(value).trim()
    if (!/^-?\d+(\.\d+)?$/.test(text)) throw new GraphQLError('数字格式不正确', { extensions: { code: 'BAD_USER_INPUT' } })
    return text
  },
})
