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

  'account.password.title': 'Change password',
  'account.password.forced': 'You signed in with a one-time password from the administrator: set your own to go on.',
  'account.password.oneTime': 'One-time password',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.rule': 'At least 10 characters, letters and digits, not containing your account name',
  'account.password.again': 'New password again',
  'account.password.mismatch': 'The two new passwords differ',
  'account.password.issue.tooShort': 'A password needs at least {min} characters',
  'account.password.issue.tooLong': 'A password may have at most 128 characters',
  'account.password.issue.lettersAndDigits': 'A password must contain both letters and digits',
  'account.password.issue.containsLogin': 'A password may not contain your account name',
  'account.password.offline': 'You are offline; change your password once you are connected',
  'account.password.submit': 'Save the new password',
  'account.password.saving': 'Saving…',
}
