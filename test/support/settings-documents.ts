// Typed documents for the office's settings, the working-day calendar and 答复推荐人.
import { graphql } from './graphql.ts'

export const OfficeSettingsQuery = graphql(`
  query OfficeSettings {
    officeSettings {
      clocks { version firstContactWorkingDays assessWorkingDays referrerAnswerDays yellowWithinDays }
      supportDue { version days { category workingDays } }
      digest { version time }
    }
  }
`)

export const UpdateSettings = graphql(`
  mutation UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      clocks { version firstContactWorkingDays assessWorkingDays referrerAnswerDays yellowWithinDays }
      supportDue { version days { category workingDays } }
      digest { version time }
    }
  }
`)

export const WorkingCalendarQuery = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) { date working name source }
  }
`)

export const AddCalendarDay = graphql(`
  mutation AddCalendarDay($input: AddCalendarDayInput!) {
    addCalendarDay(input: $input) { date working name source }
  }
`)

export const RemoveCalendarDay = graphql(`
  mutation RemoveCalendarDay($input: RemoveCalendarDayInput!) {
    removeCalendarDay(input: $input)
  }
`)

export const ProjectClocksQuery = graphql(`
  query ProjectClocks($id: ID!) {
    node(id: $id) {
      ... on Project { light referrerAnsweredAt referrerAnswerNote deadlines { kind dueAt } }
    }
  }
`)

export const RecordReferrerAnswer = graphql(`
  mutation RecordReferrerAnswer($input: RecordReferrerAnswerInput!) {
    recordReferrerAnswer(input: $input) { uuid version light referrerAnsweredAt referrerAnswerNote deadlines { kind } }
  }
`)
