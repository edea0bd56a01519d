// The phone and the account agree on the language. The phone's copy (i18n/index.ts, localStorage) paints the
// first screen, offline too; the account's (me.locale) follows the user to another phone. A choice made here
// that the server has not heard yet (offline) wins, and is sent once the server answers again.
import { changeLocale, locale, type Locale } from '../i18n/index.ts'

const unsavedKey = 'tp.locale.unsaved'

const isLocale = (value: unknown): value is Locale => value === 'zh-CN' || value === 'en'

function storage(action: (store: Storage) => void): void {
  try {
    action(localStorage)
  } catch {
    // Without storage the choice lasts for this page; the account still remembers it.
  }
}

export const markLocaleUnsaved = () => storage((store) => store.setItem(unsavedKey, '1'))
export const markLocaleSaved = () => storage((store) => store.removeItem(unsavedKey))

function unsaved(): boolean {
  let found = false
  storage((store) => {
    found = store.getItem(unsavedKey) === '1'
  })
  return found
}

/** Called with the server's `me` answer when it names another language than the phone's. */
export function followAccountLocale(account: unknown): void {
  if (!isLocale(account)) return
  if (account === locale()) {
    markLocaleSaved()
    return
  }
  if (unsaved()) {
    void import('./locale-write.ts').then((module) => module.saveLocale(locale())).catch(() => {})
    return
  }
  void changeLocale(account).catch(() => {})
}
