import { createSignal } from 'solid-js'
import type { MessageKey } from './zh-CN.ts'
import { commonZh } from './common.zh.ts'
import { staffScreenMessages } from '../staff/messages.ts'
import { syncMessages } from '../sync/messages.ts'

export type { MessageKey }
export type Locale = 'zh-CN' | 'en'

/**
 * Words that load on first use, so that the staff's first screens do not carry them: the manager's and the
 * department's screens, the staff's project screen and forms, the 同步 and 搜索 screens, 我的设置 and 修改密码.
 * The app loads them before it shows a manager's or a department's first screen, and at a staff member's first
 * tap (app.tsx); a screen that asks before they arrive shows its words a moment after its layout. The service
 * worker precaches them with every chunk, so offline they come from its cache.
 */
const lazyAreas = {
  manager: () => import('../manager/messages.ts').then((module) => module.managerMessages.zhCN),
  department: () => import('../department/messages.ts').then((module) => module.departmentMessages.zhCN),
  staffForms: () => import('../staff/messages-forms.ts').then((module) => module.staffFormMessages.zhCN),
  staffProject: () => import('../staff/messages-project.ts').then((module) => module.staffProjectMessages.zhCN),
  leader: () => import('../leader/messages.ts').then((module) => module.leaderMessages.zhCN),
  ledger: () => import('../ledger/messages.ts').then((module) => module.ledgerMessages.zhCN),
  office: () => import('../office/messages.ts').then((module) => module.officeMessages.zhCN),
  settings: () => import('../account/messages.ts').then((module) => module.settingsMessages.zhCN),
  inbox: () => import('../inbox/messages.ts').then((module) => module.inboxMessages.zhCN),
  syncScreens: () => import('../sync/messages-screens.ts').then((module) => module.syncScreenMessages.zhCN),
}
export type LazyArea = keyof typeof lazyAreas

/**
 * The loaded catalogues. zh-CN is the product's language and ships with the app (but for the lazy areas);
 * English is there for a reader of the code or a demo, chosen explicitly, downloaded then, and complete.
 * `locale()` only ever names a catalogue that is here.
 */
export const catalogues = { 'zh-CN': { ...commonZh, ...staffScreenMessages.zhCN, ...syncMessages.zhCN } } as Record<
  Locale,
  Record<MessageKey, string>
>

const [locale, setLocale] = createSignal<Locale>('zh-CN')
export { locale }

/** Counts the lazy areas that arrived, so that text asked for before its area loaded is asked again. */
const [arrivals, setArrivals] = createSignal(0)
const loadingAreas = new Map<LazyArea, Promise<void>>()

export function loadMessages(area: LazyArea): Promise<void> {
  let loading = loadingAreas.get(area)
  if (!loading) {
    loading = lazyAreas[area]().then((messages) => {
      Object.assign(catalogues['zh-CN'], messages)
      setArrivals((count) => count + 1)
    })
    // Offline without the area cached: the next use tries again.
    loading.catch(() => loadingAreas.delete(area))
    loadingAreas.set(area, loading)
  }
  return loading
}

/** The staff forms' words (staff/messages-forms.ts, a new lead's among them) are named by these. */
const staffFormKeys = /^(staff\.(edit|followUp|gate|landing|signing|stage|details|newProject)|lead|dataSource)\./
/** A project's screen (staff/messages-project.ts). */
const staffProjectKeys = new RegExp(
  `^staff\\.(${[
    ...['project', 'talent', 'timeline', 'support', 'referrer'],
    ...['activity', 'agreement', 'supportStatus', 'supportCategory', 'clock', 'lightShort'],
  ].join('|')})\\.`,
)
/** The 同步 and 搜索 screens' words (sync/messages-screens.ts); the shell's sync words stay with the app. */
const syncScreenKeys = new RegExp(
  `^sync\\.((${[
    ...['screen', 'claimed', 'entry', 'record', 'state', 'action', 'discard'],
    ...['correct', 'conflict', 'value', 'search', 'op', 'field', 'workingSet'],
  ].join('|')})\\.|since$|attempts$)`,
)

export function lazyAreaOf(key: string): LazyArea | null {
  const area = /^(manager|department|leader|ledger|office|settings|inbox)\./.exec(key)?.[1] as LazyArea | undefined
  if (area) return area
  // 修改密码 speaks with 我的设置 (account/messages.ts).
  if (key.startsWith('account.password.')) return 'settings'
  if (staffFormKeys.test(key)) return 'staffForms'
  if (staffProjectKeys.test(key)) return 'staffProject'
  return syncScreenKeys.test(key) ? 'syncScreens' : null
}

/** Empty until the key's area has loaded; a reactive caller is run again then. */
function notLoadedYet(key: MessageKey): string {
  arrivals()
  const area = lazyAreaOf(key)
  if (area) void loadMessages(area).catch(() => {})
  return ''
}

/** Loads every lazy area: before a screen that needs them, or ahead of the user's next step. */
export function loadAllMessages(): Promise<unknown> {
  return Promise.all((Object.keys(lazyAreas) as LazyArea[]).map(loadMessages))
}

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
  const template = catalogues[locale()][key] ?? notLoadedYet(key)
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
