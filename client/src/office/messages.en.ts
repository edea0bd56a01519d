// The English of messages.ts, loaded only when someone chooses English (i18n/index.ts).
import type { EnglishOf } from '../i18n/define.ts'
import type { officeMessages } from './messages.ts'

export const officeMessagesEn: EnglishOf<typeof officeMessages> = {
  'office.nav.people': 'People',
  'office.people.title': 'Units and people',
  'office.people.search': 'Search by name or account',
  'office.people.unit': 'Unit',
  'office.people.allUnits': 'All units',
  'office.people.showInactive': 'Include deactivated',
  'office.people.none': 'No account matches',
  'office.people.inactive': 'Deactivated',
  'office.people.mustChange': 'One-time password not yet changed',
  'office.people.lastLogin': 'Last signed in {time}',
  'office.people.neverLoggedIn': 'Never signed in',
  'office.people.reset': 'Reset password',
  'office.people.deactivate': 'Deactivate',
  'office.people.restore': 'Restore',
  'office.people.confirmDeactivate': 'Deactivate {name}? Their sessions end at once; their records stay.',
  'office.people.online': 'Managing accounts needs the network; you are offline',
  'office.new.title': 'New account',
  'office.new.login': 'Account',
  'office.new.loginHint': 'Lower-case letters, digits, dot, dash or underscore, 3–32 characters',
  'office.new.name': 'Name',
  'office.new.role': 'Role',
  'office.new.submit': 'Create the account',
  'office.new.saving': 'Saving…',
  'office.issued.title': 'One-time password',
  'office.issued.body':
    'Tell {name} (account {login}) in person or by phone. Shown only this once; it must be changed at first sign-in:',
  'office.issued.close': 'Told them, close',
  'office.role.STAFF': 'Promotion staff',
  'office.role.PARK_MANAGER': 'Project manager',
  'office.role.UNIT_LEADER': 'Head of unit',
  'office.role.DEPARTMENT': 'Department staff',
  'office.role.LEADER': 'County leader',
  'office.role.ADMIN': 'Talent office administrator',
}
