// Which chat app's built-in browser this is, from the user agent. Only a hint: the offline test
// (offline-ready.ts) decides whether the app works offline here; the name tells the user which menu to use.
export type InAppBrowser = 'wechat' | 'wecom' | 'dingtalk'

/** 政务微信 reports itself as WeCom (wxwork); 浙政钉 as DingTalk's government build (TaurusApp). */
export function inAppBrowserOf(userAgent: string): InAppBrowser | null {
  if (/wxwork/i.test(userAgent)) return 'wecom'
  if (/MicroMessenger/i.test(userAgent)) return 'wechat'
  if (/DingTalk|TaurusApp|AliApp\(DingTalk/i.test(userAgent)) return 'dingtalk'
  return null
}

export const inAppBrowser: InAppBrowser | null =
  typeof navigator === 'undefined' ? null : inAppBrowserOf(navigator.userAgent)

/** Running as an installed app (from the home screen), not in a browser tab. */
export function isInstalled(): boolean {
  if (typeof window === 'undefined') return false
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true
  return standalone || window.matchMedia?.('(display-mode: standalone)').matches === true
}
