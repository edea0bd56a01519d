import { createSignal } from 'solid-js'
import { zhCN, type MessageKey } from './zh-CN.ts'
import { en } from './en.ts'

export type { MessageKey }
export type Locale = 'zh-CN' | 'en'

export const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en }

// zh-CN is the product's language; English is there for a reader of the code or a demo, chosen explicitly.
const [locale, setLocale] = createSignal<Locale>(readSavedLocale())
export { locale }

export function changeLocale(next: Locale) {
  setLocale(next)
  try {
    localStorage.setItem('tp.locale', next)
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this page only.
  }
  document.documentElement.lang = next
}

function readSavedLocale(): Locale {
  try {
    return localStorage.getItem('tp.locale') === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

/** The message for `key` in the current locale, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const template = catalogues[locale()][key]
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
