// Where each role's bottom bar leads, and where `/` sends each role: the screens themselves live in the
// areas (staff/, manager/, department/); the shell only knows their paths.
import type { MessageKey } from '../i18n/index.ts'
import type { SessionUser } from '../session/session.ts'
import type { IconName } from './nav-icons.tsx'

export type Role = SessionUser['role']

export interface NavItem {
  href: string
  label: MessageKey
  icon: IconName
  /** Active only on this exact path (the lists at `/`), not on everything below it. */
  exact?: boolean
}

const search: NavItem = { href: '/search', label: 'sync.nav.search', icon: 'search' }
const sync: NavItem = { href: '/sync', label: 'sync.nav.sync', icon: 'sync' }
const requests: NavItem = { href: '/requests', label: 'sync.nav.requests', icon: 'requests' }
const projects: NavItem = { href: '/', label: 'sync.nav.projects', icon: 'list', exact: true }
// 考核: the leader screens (leader/), whose words load with them (app.tsx loads them before these roles' shell).
const scores: NavItem = { href: '/dashboard', label: 'leader.nav.dashboard', icon: 'chart' }
const reports: NavItem = { href: '/reports', label: 'leader.nav.reports', icon: 'report' }
// 台账 (ledger/): the talent office exports and imports the projects ledger there.
const ledger: NavItem = { href: '/ledger', label: 'ledger.nav', icon: 'ledger' }
// 工作台 (office/): the talent office's own workspace, one tile per thing it sets up or settles.
const office: NavItem = { href: '/office', label: 'office.nav.workspace', icon: 'people' }

// 申报与活动 (manager/programs/): a unit's program applications and service events.
const programs: NavItem = { href: '/applications', label: 'manager.programs.nav', icon: 'programs' }

const newLead: NavItem = { href: '/leads/new', label: 'sync.nav.newLead', icon: 'add' }

// A park manager meets talents too and logs them as leads; a unit's head does it from the board (看板).
const managers = (assessment: NavItem, ...own: NavItem[]): NavItem[] => [
  { href: '/pipeline', label: 'sync.nav.pipeline', icon: 'pipeline' },
  ...own,
  { href: '/overdue', label: 'sync.nav.overdue', icon: 'overdue' },
  programs,
  assessment,
  requests,
  search,
  sync,
]

export const navItems: Record<Role, NavItem[]> = {
  STAFF: [
    { href: '/today', label: 'sync.nav.today', icon: 'today' },
    { href: '/projects', label: 'sync.nav.myLeads', icon: 'list', exact: true },
    newLead,
    search,
    sync,
  ],
  // A park manager reads the own unit's assessment; a unit's head the county's ranking as well.
  PARK_MANAGER: managers({ ...scores, href: '/dashboard/units/mine' }, newLead),
  UNIT_LEADER: managers(scores),
  DEPARTMENT: [requests, search, sync],
  LEADER: [scores, reports, projects, requests, search, sync],
  ADMIN: [projects, scores, reports, ledger, office, requests, search, sync],
}

/** The first screen of each role; null: the projects list itself. A unit's head starts on the unit's assessment. */
export const roleHome: Record<Role, string | null> = {
  STAFF: '/today',
  PARK_MANAGER: '/pipeline',
  UNIT_LEADER: '/dashboard/units/mine',
  DEPARTMENT: '/requests',
  LEADER: '/dashboard',
  ADMIN: null,
}

/** Screens that are one task with their own buttons at the bottom (forms): the bar gives them the room. */
export function hidesNav(pathname: string): boolean {
  return (
    pathname === '/leads/new' ||
    /^\/projects\/[^/]+\/(follow-up|stage|edit)$/.test(pathname) ||
    /^\/sync\/\d+$/.test(pathname)
  )
}
