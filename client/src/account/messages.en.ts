// The English of messages.ts, loaded only when someone chooses English (i18n/index.ts).
import type { EnglishOf } from '../i18n/define.ts'
import type { settingsMessages } from './messages.ts'

export const settingsMessagesEn: EnglishOf<typeof settingsMessages> = {
  'settings.title': 'My settings',
  'settings.language': 'Language',
  'settings.language.hint': 'The screens, the server’s messages and exported workbooks use this language',
  'settings.language.zh-CN': '中文',
  'settings.language.en': 'English',
  'settings.saved': 'Saved',
  'settings.offline': 'Offline: this phone uses the language now; choose it again once connected to save it',
  'settings.password': 'Change password',
}
