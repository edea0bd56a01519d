import { GraphQLError } from 'graphql'
import { builder } from '../builder.ts'

const earliest = Date.UTC(1900, 0, 1)
const latest = Date.UTC(2201, 0, 1) - 1

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 with time zone (shown in Asia/Shanghai by the client).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = new Date(String(value))
    if (Number.isNaN(date.getTime()))
      throw new GraphQLError('日期时间格式不正确', { extensions: { code: 'BAD_USER_INPUT' } })
    // Nothing this county records happened before 1900 or after 2200; outside that, a typo or a probe, which
    // the database's own range (or a driver's) would answer with an internal error.
    if (date.getTime() < earliest || date.getTime() > latest)
      throw new GraphQLError('日期时间超出范围（1900–2200 年）', { extensions: { code: 'BAD_USER_INPUT' } })
    return date
  },
})

builder.scalarType('Decimal', {
  description: 'An exact decimal number as a string, e.g. amounts in 万元.',
  serialize: (value) => value.toString(),
  parseValue: (value) => {
    const text = String(value).trim()
    if (!/^-?\d+(\.\d+)?$/.test(text))
      throw new GraphQLError('数字格式不正确', { extensions: { code: 'BAD_USER_INPUT' } })
    return text
  },
})

builder.scalarType('Date', {
  description: 'A calendar day, YYYY-MM-DD (signing, registration, event dates).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)),
  parseValue: (value) => {
    const text = String(value)
    const date = new Date(`${text}T00:00:00.000Z`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      throw new GraphQLError('日期格式不正确，应为 YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } })
    }
    return date
  },
})
