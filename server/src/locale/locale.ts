// The languages the product speaks. zh-CN is the product's language; English is chosen per user (User.locale)
// or, before sign-in, asked for by the browser (Accept-Language, which the PWA sets to the chosen language).
export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'zh-CN'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The first language of the header the product speaks; zh-CN when none (or when Chinese comes first). */
export function localeFromHeader(header: string | null | undefined): Locale {
  if (!header) return defaultLocale
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN'
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
  }
  return defaultLocale
}

/** A request's language: the signed-in user's choice, else the browser's. */
export function requestLocale(user: { locale?: string } | null | undefined, request: Request): Locale {
  if (isLocale(user?.locale)) return user.locale
  return localeFromHeader(request.headers.get('accept-language'))
}

/** The language a resolver answers in (workbooks, file names). */
export const contextLocale = (context: { user: { locale?: string } | null; request: Request }): Locale =>
  requestLocale(context.user, context.request)
