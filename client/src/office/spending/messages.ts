import { defineMessages } from '../../i18n/define.ts'

// 人才投入: the office's tile; the screen itself is the manager area's (/spending), its words there.
export const officeSpendingMessages = defineMessages({
  'office.spending.title': '人才投入',
  'office.spending.detail': '各单位登记的人才投入与年度合计',
})
