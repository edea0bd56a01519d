import { describe, expect, it } from 'vitest'
import { staffScreenMessages } from '../../client/src/staff/messages.ts'
import { staffFormMessages } from '../../client/src/staff/messages-forms.ts'
import { staffProjectMessages } from '../../client/src/staff/messages-project.ts'
import { managerMessages } from '../../client/src/manager/messages.ts'
import { departmentMessages } from '../../client/src/department/messages.ts'
import { syncMessages } from '../../client/src/sync/messages.ts'
import { syncScreenMessages } from '../../client/src/sync/messages-screens.ts'
import { leaderMessages } from '../../client/src/leader/messages.ts'
import { ledgerMessages } from '../../client/src/ledger/messages.ts'
import { officeMessages } from '../../client/src/office/messages.ts'
import { settingsMessages } from '../../client/src/account/messages.ts'
import { inboxMessages } from '../../client/src/inbox/messages.ts'
import { commonZh, zhCN } from '../../client/src/i18n/zh-CN.ts'

const areas = {
  staff: staffScreenMessages,
  staffForms: staffFormMessages,
  staffProject: staffProjectMessages,
  manager: managerMessages,
  department: departmentMessages,
  sync: syncMessages,
  syncScreens: syncScreenMessages,
  leader: leaderMessages,
  ledger: ledgerMessages,
  office: officeMessages,
  settings: settingsMessages,
  inbox: inboxMessages,
}

describe('area message files', () => {
  it('never define a key twice, so no area silently overrides another', () => {
    const seen = new Map<string, string>(Object.keys(commonZh).map((key) => [key, 'common']))
    for (const [area, messages] of Object.entries(areas)) {
      for (const key of Object.keys(messages.zhCN)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined()
        seen.set(key, area)
      }
    }
    expect(Object.keys(zhCN)).toHaveLength(seen.size)
  })
})
