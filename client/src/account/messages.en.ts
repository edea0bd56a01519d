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
  'settings.notices.link': 'Notifications',
  'settings.notices.title': 'Notifications',
  'settings.notices.inbox':
    'Every notice is in your inbox; choose here which also go to your phone or out by the office’s channel.',
  'settings.notices.kind': 'Notice',
  'settings.notices.push': 'Push',
  'settings.notices.webhook': 'WeCom etc.',
  'settings.notices.noChannels': 'No channel outside the app is available yet: notices show in the app only.',
  'settings.notices.quiet': 'Quiet hours',
  'settings.notices.quietOn': 'Quiet hours on',
  'settings.notices.quietStart': 'From',
  'settings.notices.quietEnd': 'Until',
  'settings.notices.quietHint': 'County time; notices then wait until they end, except a locked account’s.',
  'settings.notices.save': 'Save notification settings',
  'settings.notices.saving': 'Saving…',
  'settings.notices.offline': 'You are offline; notification settings are saved once you are connected',
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

  'settings.push.title': 'Push reminders',
  'settings.push.toggle': 'Receive push on this phone',
  'settings.push.hint':
    'When on, new reminders appear in this phone’s notifications; on or off, every reminder is in the app’s inbox.',
  'settings.push.working': 'Turning push on…',
  'settings.push.on': 'On: new reminders are pushed to this phone',
  'settings.push.off': 'Off: this phone no longer receives push',
  'settings.push.unsupported': 'This browser cannot receive push reminders. Reminders still show in the app’s inbox.',
  'settings.push.inAppBrowser':
    'Built-in browsers of WeChat, WeCom and DingTalk cannot receive push. Open the app in the phone’s own ' +
    'browser; reminders still show in the app’s inbox.',
  'settings.push.denied':
    'Notifications for this app were blocked. Allow them in the browser’s site settings and try again; ' +
    'reminders still show in the app’s inbox.',
  'settings.push.unreachable':
    'This phone cannot reach its push service (common on a government intranet or a phone without Google ' +
    'services), so it cannot receive push for now. Reminders still show in the app’s inbox.',
  'settings.push.offline': 'You are offline; turn push on once connected. Reminders still show in the app’s inbox.',
}
