// /office/settings: the talent office's settings — response clocks, the 三色 threshold, support-request due days,
// the escalation chain and the working-day calendar. Online only, and it says so offline; a change is in force
// at the next request.
import { Show } from 'solid-js'
import { t } from '../../i18n/index.ts'
import { readFragment } from '../../graphql.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../../shell/read-state.tsx'
import { createRead } from '../../urql/read.ts'
import { ClockForm } from './clock-form.tsx'
import { SupportDueForm } from './support-due-form.tsx'
import { EscalationForm } from './escalation-form.tsx'
import { DigestForm } from './digest-form.tsx'
import { CalendarEditor } from './calendar.tsx'
import { OfficeSettingsQuery, SettingsFields } from './documents.ts'
import '../office.css'
import './settings.css'

export default function SettingsRoute() {
  const read = createRead(OfficeSettingsQuery, { requestPolicy: 'network-only' })
  const settings = () => {
    const data = read.data()
    return data ? readFragment(SettingsFields, data.officeSettings) : undefined
  }
  const refresh = () => read.refetch({ requestPolicy: 'network-only' })
  const countyYear = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4))

  return (
    <div class="screen">
      <AppHeader title={t('office.settings.title')} />
      <main class="content office settings" data-testid="settings-screen">
        <SavedNote shown={Boolean(read.data())} text={t('office.settings.online')} />
        <LoadFailed read={read} say={(message) => message} />
        <Show
          when={settings()}
          fallback={
            <Show when={read.loading()}>
              <Splash />
            </Show>
          }
          keyed
        >
          {(current) => (
            <div class="settings-sections">
              <ClockForm clocks={current.clocks} onSaved={refresh} />
              <SupportDueForm supportDue={current.supportDue} onSaved={refresh} />
              <EscalationForm
                escalation={current.escalation}
                units={(read.data()?.units ?? []).filter((unit) => !unit.retiredAt)}
                onSaved={refresh}
              />
              <DigestForm digest={current.digest} onSaved={refresh} />
            </div>
          )}
        </Show>
        <CalendarEditor initialYear={countyYear} />
      </main>
    </div>
  )
}
