// Phone numbers of talents at home and abroad (returnees, 港澳台, overseas), kept in one form (E.164,
// "+8613812345678") so that duplicates and claims match however the number was typed. libphonenumber-js
// ships its metadata (no network); the "max" set checks each region's number patterns, not only lengths,
// so "12812345678" is still refused. The phone and the server both normalise with this file.
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max'

export const phoneFormatHint = '大陆手机号请填写11位，境外号码请以+国家代码开头'
export const phoneFormatMessage = `电话号码格式不正确：${phoneFormatHint}`

/** The number in E.164, or null when it is not a valid number; without a country code it is read as mainland China. */
export function normalizePhone(raw: string): string | null {
  if (raw.includes('*')) return null
  const parsed = parsePhoneNumberFromString(raw.trim(), { defaultCountry: 'CN' })
  return parsed?.isValid() ? parsed.number : null
}

function parseStored(phone: string): PhoneNumber | undefined {
  return phone.startsWith('+') ? parsePhoneNumberFromString(phone) : undefined
}

const isMainlandMobile = (parsed: PhoneNumber) =>
  parsed.countryCallingCode === '86' && /^1[3-9]\d{9}$/.test(parsed.nationalNumber)

/**
 * As people read it: a mainland mobile as its 11 digits, a mainland landline with its area code,
 * others with + and the country code.
 */
export function displayPhone(phone: string): string {
  const parsed = parseStored(phone)
  if (!parsed) return phone
  if (isMainlandMobile(parsed)) return parsed.nationalNumber
  return parsed.countryCallingCode === '86' ? parsed.formatNational() : parsed.formatInternational()
}

/** 138****1234: what people without the right to see contact data are shown; the middle digits are hidden. */
export function maskPhone(phone: string): string {
  const parsed = parseStored(phone)
  const prefix = !parsed
    ? ''
    : isMainlandMobile(parsed)
      ? ''
      : parsed.countryCallingCode === '86'
        ? '0'
        : `+${parsed.countryCallingCode} `
  const digits = parsed ? parsed.nationalNumber : phone.replace(/\D/g, '')
  if (digits.length < 7) return `${prefix}****`
  const [head, tail] = digits.length >= 10 ? [3, 4] : [2, 2]
  return `${prefix}${digits.slice(0, head)}${'*'.repeat(digits.length - head - tail)}${digits.slice(-tail)}`
}
