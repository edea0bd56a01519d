import { createSignal } from 'solid-js'
import { zhCN, type MessageKey } from './zh-CN.ts'

export type { MessageKey }
export type Locale = 'zh-CN' | 'en'

/**
 * The loaded catalogues. zh-CN is the product's language and ships with the app; English is there for a
 * reader of the code or a demo, chosen explicitly, and downloaded then. `locale()` only ever names a
 * catalogue that is here.
 */
export const catalogues = { 'zh-CN': zhCN } as Record<Locale, Record<MessageKey, string>>

const [locale, setLocale] = createSignal<Locale>('zh-CN')
export { locale }

async function load(next: Locale): Promise<void> {
  if (!catalogues[next]) catalogues[next] = (await import('./en.ts')).en
}

export async function changeLocale(next: Locale): Promise<void> {
  await load(next)
  setLocale(next)
  try {
    localStorage.setItem('tp.locale', next)
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this page only.
  }
  document.documentElement.lang = next
}

/** Call before the first render: a saved English choice is applied once its catalogue has loaded. */
export async function restoreSavedLocale(): Promise<void> {
  let saved: string | null = null
  try {
    saved = localStorage.getItem('tp.locale')
  } catch {
    // Without storage the app speaks zh-CN.
  }
  if (saved !== 'en') return
  await load('en')
  setLocale('en')
  document.documentElement.lang = 'en'
}

/** The message for `key` in the current locale, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const template = catalogues[locale()][key]
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
