// The English of messages.ts, loaded only when someone chooses English (i18n/index.ts): zh-CN ships alone.
// The compiler checks that it names every key of the Chinese catalogue, and no other.
import type { EnglishOf } from '../i18n/define.ts'
import type { staffScreenMessages } from './messages.ts'
import { staffFormMessagesEn } from './messages-forms.en.ts'
import { staffProjectMessagesEn } from './messages-project.en.ts'

const staffScreenMessagesEn: EnglishOf<typeof staffScreenMessages> = {
  'staff.back': 'Back',
  'staff.loadFailed': 'Could not load: {message}',
  'staff.nav.leads': 'My leads',
  'staff.action.actions': 'Project actions',
  'staff.action.followUp': 'Log follow-up',
  'staff.action.stage': 'Change stage',
  'staff.action.edit': 'Edit',
  'staff.today.title': 'Today',
  'staff.today.overdue': 'Overdue',
  'staff.today.today': 'Today',
  'staff.today.thisWeek': 'This week',
  'staff.today.sectionEmpty': 'None',
  'staff.today.empty': 'No follow-ups due soon.',
  'staff.today.emptyHint':
    'Open “My leads”, log a follow-up on a project and set the next follow-up date: it shows here when it is due.',
  'staff.today.nextFollowUp': 'Next follow-up {date}',
  'staff.today.overdueDays': '{days} days overdue',
  'staff.today.loggedUnsynced': 'Follow-up logged (not synced)',
  'staff.leads.title': 'My leads',
  'staff.leads.scope': 'Scope',
  'staff.leads.mine': 'Mine',
  'staff.leads.all': 'All',
  'staff.leads.stageFilter': 'Filter by stage',
  'staff.leads.allStages': 'All stages',
  'staff.leads.emptyFiltered': 'No projects match.',
  'staff.light.GREEN': 'Green: on time',
  'staff.light.YELLOW': 'Yellow: due soon',
  'staff.light.RED': 'Red: overdue',
  'staff.pending.logActivity': 'Follow-up ({kind}): {summary}',
  'staff.pending.moveProjectStage': 'Stage to “{stage}”',
  'staff.pending.setProjectStatus': 'Status to “{status}”',
  'staff.pending.recordSigning': 'Signing recorded ({date})',
  'staff.pending.recordLanding': 'Landed company recorded: {company}',
  'staff.pending.updateProject': 'Project details edited',
  'staff.pending.createLead': 'Lead logged: {title}',
  'staff.pending.other': 'Other change ({operation})',
  'staff.pending.reason': 'Reason: {reason}',
  'staff.pending.fix': 'Resolve',
}

export const staffMessagesEn = { ...staffScreenMessagesEn, ...staffProjectMessagesEn, ...staffFormMessagesEn }
