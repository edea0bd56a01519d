// The English of messages.ts, loaded only when someone chooses English (i18n/index.ts).
import type { EnglishOf } from '../i18n/define.ts'
import type { inboxMessages } from './messages.ts'

export const inboxMessagesEn: EnglishOf<typeof inboxMessages> = {
  'inbox.title': 'Notices',
  'inbox.markAll': 'Mark all read',
  'inbox.empty':
    'No notices yet. You are told here when something is assigned or handed to you, escalated, or a follow-up is due.',
  'inbox.unread': 'Unread',
  'inbox.loadMore': 'Load more',
  'inbox.loadFailed': 'Could not load the notices: {message}',
  'inbox.offlineCached': 'Offline: showing the notices last read; marks made now sync once connected',
  'inbox.noLink': 'This notice has nothing to open',
}
