// How contact data looks to people who may not see it: enough to recognise, not enough to call.
export { maskPhone } from '@talent/rules/phone'

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  return `${local.slice(0, 1)}***@${domain}`
}

export function maskWechat(wechat: string): string {
  return wechat.length <= 4 ? '****' : `${wechat.slice(0, 2)}****${wechat.slice(-2)}`
}

/** 张** : a name as a claim notice shows it to another unit. */
export function maskName(name: string): string {
  return name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1))
}
