import type { EnglishOf } from '../../i18n/define.ts'
import type { officeSpendingMessages } from './messages.ts'

export const officeSpendingMessagesEn: EnglishOf<typeof officeSpendingMessages> = {
  'office.spending.title': 'Talent spending',
  'office.spending.detail': 'What each unit spent on talent work, and the year’s total',
}
