// The office's settings and working-day calendar. Online only: a threshold or a holiday changes every unit's
// deadlines, so the server decides it at once rather than a phone queueing it.
import { graphql } from '../../graphql.ts'

export const SettingsFields = graphql(`
  fragment SettingsFields on OfficeSettings {
    clocks { version firstContactWorkingDays assessWorkingDays referrerAnswerDays yellowWithinDays }
    supportDue { version days { category workingDays } }
    escalation { version levels { label unitId afterWorkingDays } }
    digest { version time }
  }
`)

export const OfficeSettingsQuery = graphql(
  `
    query OfficeSettingsScreen {
      officeSettings { ...SettingsFields }
      units { uuid name retiredAt }
    }
  `,
  [SettingsFields],
)

export const SaveSettings = graphql(
  `
    mutation SaveSettings($input: UpdateSettingsInput!) {
      updateSettings(input: $input) { ...SettingsFields }
    }
  `,
  [SettingsFields],
)

export const CalendarQuery = graphql(`
  query OfficeCalendar($year: Int!) {
    workingCalendar(year: $year) { date working name source }
  }
`)

export const AddDay = graphql(`
  mutation OfficeAddCalendarDay($input: AddCalendarDayInput!) {
    addCalendarDay(input: $input) { date working name source }
  }
`)

export const RemoveDay = graphql(`
  mutation OfficeRemoveCalendarDay($input: RemoveCalendarDayInput!) {
    removeCalendarDay(input: $input)
  }
`)
