/** Mainland mobile numbers: 11 digits starting 1[3-9]; an optional +86 / 86 prefix and spaces or dashes are tolerated. */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}

/** 138****1234: what people without the right to see contact data are shown. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}
