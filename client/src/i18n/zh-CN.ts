// The whole Chinese catalogue: the common words and every area's. Tests check it against the English, and
// MessageKey is its keys; the app itself loads it in parts (index.ts), the manager's and the department's
// words only when they are first needed.
import { staffScreenMessages } from '../staff/messages.ts'
import { staffFormMessages } from '../staff/messages-forms.ts'
import { staffProjectMessages } from '../staff/messages-project.ts'
import { managerMessages } from '../manager/messages.ts'
import { departmentMessages } from '../department/messages.ts'
import { syncMessages } from '../sync/messages.ts'
import { syncScreenMessages } from '../sync/messages-screens.ts'
import { leaderMessages } from '../leader/messages.ts'
import { ledgerMessages } from '../ledger/messages.ts'
import { officeMessages } from '../office/messages.ts'
import { settingsMessages } from '../account/messages.ts'
import { inboxMessages } from '../inbox/messages.ts'
import { commonZh, type BaseKey } from './common.zh.ts'

export { commonZh, type BaseKey }

export const zhCN = {
  ...commonZh,
  ...staffScreenMessages.zhCN,
  ...staffFormMessages.zhCN,
  ...staffProjectMessages.zhCN,
  ...managerMessages.zhCN,
  ...departmentMessages.zhCN,
  ...syncMessages.zhCN,
  ...syncScreenMessages.zhCN,
  ...leaderMessages.zhCN,
  ...ledgerMessages.zhCN,
  ...officeMessages.zhCN,
  ...settingsMessages.zhCN,
  ...inboxMessages.zhCN,
}

export type MessageKey = keyof typeof zhCN
