// The English catalogue, for a reader of the code or a demo: index.ts loads it when English is chosen.
import type { BaseKey, MessageKey } from './zh-CN.ts'
import { staffMessagesEn } from '../staff/messages.en.ts'
import { managerMessagesEn } from '../manager/messages.en.ts'
import { departmentMessagesEn } from '../department/messages.en.ts'
import { syncMessagesEn } from '../sync/messages.en.ts'
import { leaderMessagesEn } from '../leader/messages.en.ts'
import { ledgerMessagesEn } from '../ledger/messages.en.ts'
import { officeMessagesEn } from '../office/messages.en.ts'
import { settingsMessagesEn } from '../account/messages.en.ts'

const base: Record<BaseKey, string> = {
  'app.name': 'Talent Project Lifecycle',
  'common.loading': 'Loading…',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.discard': 'Discard',
  'common.saveFailed': 'Could not save on this device: {message}',
  'common.signedOut': 'Please sign in first',

  'account.password.title': 'Change password',
  'account.settings.link': 'Settings',
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

  'lead.title': 'New lead',
  'lead.talentName': 'Talent name',
  'lead.phone': 'Mobile number',
  'lead.phoneHint': '11 digits for a mainland mobile; +country code for a number abroad',
  'lead.employer': 'Employer',
  'lead.field': 'Field',
  'lead.sourceChannel': 'Source',
  'lead.sourceChannelPlaceholder': 'Choose…',
  'lead.dataSource': 'Personal data obtained from',
  'lead.consent': 'The person was told how the data is used and agreed',
  'dataSource.SELF_PROVIDED': 'The person',
  'dataSource.REFERRER': 'The referrer',
  'dataSource.PUBLIC_SOURCE': 'Public sources',
  'dataSource.EVENT_SIGNUP': 'An event sign-up',
  'dataSource.OTHER': 'Other',
  'lead.error.sourceChannel': 'Choose where the lead came from',
  'lead.projectTitle': 'Project title',
  'lead.projectTitleHint': 'Left empty: “Name (employer) project”',
  'lead.note': 'Note',
  'lead.submit': 'Save lead',
  'lead.error.talentName': 'Enter the talent’s name',
  'lead.error.phone': 'Not a valid phone number: 11 digits for a mainland mobile, +country code for a number abroad',
  'lead.error.tooLong': 'At most {max} characters',
  'lead.check.offline': 'Offline: whether this person is already registered is checked when the lead is sent',
  'lead.check.claimed':
    '{units} already follows this talent: a second project cannot be opened. ' +
    'If you disagree, ask the talent office to decide.',
  'lead.check.duplicates':
    'Similar talents are registered already: {matches}. ' +
    'If it is the same person, find them in search first; if not, you can save.',

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
  ...leaderMessagesEn,
  ...ledgerMessagesEn,
  ...officeMessagesEn,
  ...settingsMessagesEn,
}
