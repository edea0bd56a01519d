// The English catalogue, for a reader of the code or a demo: index.ts loads it when English is chosen.
import type { BaseKey, MessageKey } from './zh-CN.ts'
import { staffMessagesEn } from '../staff/messages.en.ts'
import { managerMessagesEn } from '../manager/messages.en.ts'
import { departmentMessagesEn } from '../department/messages.en.ts'
import { syncMessagesEn } from '../sync/messages.en.ts'
import { syncScreenMessagesEn } from '../sync/messages-screens.en.ts'
import { leaderMessagesEn } from '../leader/messages.en.ts'
import { ledgerMessagesEn } from '../ledger/messages.en.ts'
import { officeMessagesEn } from '../office/messages.en.ts'
import { settingsMessagesEn } from '../account/messages.en.ts'
import { inboxMessagesEn } from '../inbox/messages.en.ts'

const base: Record<BaseKey, string> = {
  'app.name': 'Talent Project Lifecycle',
  'common.loading': 'Loading…',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.discard': 'Discard',
  'common.saveFailed': 'Could not save on this device: {message}',
  'common.signedOut': 'Please sign in first',

  'account.settings.link': 'Settings',

  'notice.kind.FOLLOW_UP_DUE': 'Follow-up due',
  'notice.kind.PROJECT_ASSIGNED': 'Project assigned to me',
  'notice.kind.PROJECT_MEMBER_ADDED': 'Added to a project',
  'notice.kind.SUPPORT_ASSIGNED': 'Support request assigned',
  'notice.kind.SUPPORT_REASSIGNED': 'Support request reassigned',
  'notice.kind.SUPPORT_ESCALATED': 'Support request escalated',
  'notice.kind.SUPPORT_RESOLVED': 'Support request resolved',
  'notice.kind.SUPPORT_REOPENED': 'Support request reopened',
  'notice.kind.CLAIM_CONFLICT': 'Claim conflict',
  'notice.kind.REPORT_ISSUED': 'Report issued',
  'notice.kind.REPORT_REMINDER': 'Report reminder',
  'notice.kind.ACCOUNT_LOCKED': 'Account locked',
  'notice.kind.DIGEST': 'Daily digest',

  'login.subtitle': 'County talent office · talent project lifecycle',
  'login.account': 'Account',
  'login.accountHint': 'Mobile number or user name',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.offline': 'You are offline; sign in once you are connected',
  'login.failed': 'Sign-in failed, please try again later',
  'login.lockNotice.title':
    'Since your last sign-in, someone tried wrong passwords on your account and was locked out:',
  'login.lockNotice.item': '{time}, from {address}, {failures} failures in a row',
  'login.lockNotice.advice': 'If this was not you, change your password and tell the talent office.',
  'login.lockNotice.dismiss': 'Got it',

  'projects.title': 'My projects',
  'projects.empty': 'No projects yet. Tap “New lead” below to log the first one.',
  'projects.loadMore': 'Load more',
  'projects.offlineCached': 'Offline: showing the data from the last sync',
  'projects.loadFailed': 'Could not load the projects: {message}',
  'projects.unsynced': 'Not synced',
  'projects.syncFailed': 'Sync failed',
  'projects.newLead': 'New lead',

  'sync.online': 'Online',
  'sync.offline': 'Offline',
  'sync.pending': '{count} to sync',
  'sync.allSynced': 'All synced',
  'sync.failed': '{count} failed',
  'sync.syncing': 'Syncing…',
  'sync.waitingBehind': 'Waiting for an earlier failed record',

  'offline.ready': 'Offline ✓',
  'offline.notReady': 'Offline ✗',
  'offline.preparing': 'Preparing offline…',
  'offline.readyHelp':
    'This app now opens without a network. Leads logged offline stay on this phone and sync when you are back online.',
  'screenError.title': 'This screen did not open',
  'screenError.notStored':
    'This screen is not stored on this phone yet: open it once with a network. ' +
    'Your saved leads and unsynced records are still here.',
  'screenError.failed': 'Something went wrong on this screen. Your saved leads and unsynced records are still here.',
  'screenError.reload': 'Reload',
  'screenError.home': 'Home',

  'update.available': 'A new version is available',
  'update.reload': 'Update',
  'update.later': 'Later',
  'update.offlineReady': 'Ready to work offline',

  'logout.button': 'Sign out',
  'logout.offline': 'You are offline; sign out once you are connected',

  'stage.LEAD': 'Lead',
  'stage.CONTACTED': 'Contacted',
  'stage.VISITED': 'Visited',
  'stage.NEGOTIATING': 'Negotiating',
  'stage.SIGNED': 'Signed',
  'stage.LANDED': 'Landed',
  'stage.OPERATING': 'Operating',

  'status.ACTIVE': 'Active',
  'status.ON_HOLD': 'On hold',
  'status.LOST': 'Lost',

  'source.INVESTMENT_STAFF': 'Investment staff',
  'source.TALENT_AMBASSADOR': 'Talent ambassador',
  'source.REFERRAL': 'Referral',
  'source.TECH_TOWN_LEADERS': 'Tech town leaders',
  'source.UNIVERSITY': 'University or institute',
  'source.AGENCY': 'Agency / headhunter',
  'source.EVENT': 'Event / competition',
  'source.SELF_RECOMMENDED': 'Self-recommended',
  'source.OTHER': 'Other',

  'error.unknown': 'Something went wrong, please try again later',
  'error.internal':
    'Server error, please try again later; when you call the administrator, quote request number {requestId}',
}

export const en: Record<MessageKey, string> = {
  ...base,
  ...staffMessagesEn,
  ...managerMessagesEn,
  ...departmentMessagesEn,
  ...syncMessagesEn,
  ...syncScreenMessagesEn,
  ...leaderMessagesEn,
  ...ledgerMessagesEn,
  ...officeMessagesEn,
  ...settingsMessagesEn,
  ...inboxMessagesEn,
}
