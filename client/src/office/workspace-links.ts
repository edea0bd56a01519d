// The talent office's workspace (/office): one tile per thing the office sets up or settles. Each area adds
// its own line here and its routes in routes.tsx; the tiles are the only way in from the bottom bar.
import type { MessageKey } from '../i18n/index.ts'

export interface WorkspaceLink {
  href: string
  title: MessageKey
  detail: MessageKey
  testId: string
}

export const workspaceLinks: WorkspaceLink[] = [
  { href: '/people', title: 'office.people.title', detail: 'office.workspace.people', testId: 'workspace-people' },
  {
    href: '/office/assessment',
    title: 'office.assessment.title',
    detail: 'office.assessment.tile',
    testId: 'workspace-assessment',
  },
  { href: '/spending', title: 'office.spending.title', detail: 'office.spending.detail', testId: 'workspace-spending' },
  {
    href: '/office/disputes',
    title: 'office.disputes.title',
    detail: 'office.disputes.tile',
    testId: 'workspace-disputes',
  },
  {
    href: '/escalated',
    title: 'office.escalated.title',
    detail: 'office.escalated.tile',
    testId: 'workspace-escalated',
  },
  { href: '/office/audit', title: 'office.audit.title', detail: 'office.audit.tile', testId: 'workspace-audit' },
  {
    href: '/office/deliveries',
    title: 'office.deliveries.title',
    detail: 'office.deliveries.tile',
    testId: 'workspace-deliveries',
  },
  {
    href: '/office/settings',
    title: 'office.settings.title',
    detail: 'office.settings.tile',
    testId: 'workspace-settings',
  },
  { href: '/programs', title: 'office.programs.title', detail: 'office.programs.tile', testId: 'workspace-programs' },
  {
    href: '/applications',
    title: 'manager.applications.title',
    detail: 'office.programs.applicationsTile',
    testId: 'workspace-applications',
  },
  { href: '/events', title: 'manager.events.title', detail: 'office.programs.eventsTile', testId: 'workspace-events' },
]
