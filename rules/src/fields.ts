// The zod fields the shared schemas are made of, with the server's Chinese messages. The phone maps the
// issues to its own words (client/src/lead/validate.ts); the server sends these messages as they are.
import { z } from 'zod'
import { normalizePhone, phoneFormatMessage } from './phone.ts'

// Parse without compiling: zod would otherwise probe `new Function` before its first parse, which the PWA's
// Content-Security-Policy (no eval) blocks and reports as a violation. The inputs are a form's worth.
z.config({ jitless: true })

export const uuid = (label: string) => z.uuid({ message: `${label}格式不正确（应为 UUID）` })

export const requiredText = (max: number, label: string) =>
  z
    .string({ message: `${label}不能为空` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过 ${max} 个字`)

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()
    .nullable()
    .transform((value) => (value ? value : null))

/** A phone in any form people type it; E.164 once parsed, null when blank. */
export const optionalPhone = z
  .string()
  .trim()
  .optional()
  .nullable()
  .transform((value, ctx) => {
    if (!value) return null
    const phone = normalizePhone(value)
    if (!phone) ctx.addIssue({ code: 'custom', message: phoneFormatMessage })
    return phone
  })
