// The English of messages.ts, loaded only when someone chooses English (i18n/index.ts): zh-CN ships alone.
// The compiler checks that it names every key of the Chinese catalogue, and no other.
import type { EnglishOf } from '../i18n/define.ts'
import type { syncMessages } from './messages.ts'

export const syncMessagesEn: EnglishOf<typeof syncMessages> = {
  'sync.nav.label': 'Main navigation',
  'sync.nav.today': 'Today',
  'sync.nav.myLeads': 'My leads',
  'sync.nav.newLead': 'New lead',
  'sync.nav.search': 'Search',
  'sync.nav.sync': 'Sync',
  'sync.nav.pipeline': 'Pipeline',
  'sync.nav.overdue': 'Overdue',
  'sync.nav.requests': 'Requests',
  'sync.nav.projects': 'Projects',
  'sync.header.status': 'Network and sync status',
  'sync.header.inbox': 'Notices',
  'sync.header.inboxUnread': 'Notices ({count} unread)',
  'sync.status.reading': 'Reading this phone’s records…',

  'sync.notFound.title': 'Page not found',
  'sync.notFound.body': 'This page does not exist, or this version does not have it yet.',
  'sync.notFound.home': 'Back to the start',

  'sync.offline.title': 'Working offline',
  'sync.offline.ready':
    'This phone opens the app without a signal; what you log offline stays on the phone and is sent once online.',
  'sync.offline.installing': 'Getting ready for offline use; stay online for a moment.',
  'sync.offline.unsupported':
    'This browser cannot open the app offline (usual in WeChat, WeCom and DingTalk browsers).',
  'sync.offline.dropped':
    'This browser did not keep the offline copy after reopening: the app will not open without a signal.',
  'sync.offline.persisted': 'Storage kept',
  'sync.offline.notPersisted': 'The browser may clear storage when space runs low',
  'sync.offline.installed': 'Installed on the home screen',
  'sync.inApp.label': 'Offline use',
  'sync.inApp.title': 'You are in a chat app’s built-in browser.',
  'sync.inApp.noWorkerTitle': 'This browser cannot work offline.',
  'sync.inApp.short':
    'Without a signal the app will not open here, and clearing the cache may delete unsynced records. ' +
    'Open it in the system browser and install it.',
  'sync.inApp.body':
    'Chat apps’ built-in browsers do not work offline and may delete this phone’s data ' +
    'when their cache is cleared or the account signs out. ' +
    'Follow the steps below to open and install the app in the system browser.',
  'sync.inApp.how': 'How',
  'sync.inApp.hide': 'Hide',
  'sync.inApp.later': 'Later',
  'sync.help.openWeChat': 'Tap “···” at the top right and choose “Open in browser” (on iPhone, Safari).',
  'sync.help.openDingTalk': 'Tap “···” at the top right and choose “Open in browser” (on iPhone, Safari).',
  'sync.help.openAny':
    'Open this page in the system browser (Safari on iPhone, Chrome or the phone’s browser on Android).',
  'sync.help.install': 'After signing in, choose “Add to Home Screen” or “Install app” in the browser menu.',
  'sync.help.useIcon': 'From then on open it from the home-screen icon: leads can be logged without a signal.',
  'sync.help.linkLabel': 'The app’s address',
  'sync.help.copy': 'Copy link',
  'sync.help.copied': 'Copied: paste it into the browser’s address bar',
  'sync.help.copyFailed': 'Could not copy; press and hold the address above to copy it',

  'sync.logout.title': 'Unsynced records',
  'sync.logout.body':
    '{count} records are not synced yet. ' +
    'They stay on this phone and are sent only when {name} signs in again on this phone. Sign out?',
}
