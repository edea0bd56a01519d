// The statistics beyond the assessment, in the order a leader asks about them: money landed, where leads
// come from, the help given after landing, the program trainees' sectors, the young reserve, who is doing
// the work, and the events. The county's (or a unit's head's own unit's) on /dashboard/statistics; one
// unit's on its drill-down, where a unit's manager reads about their staff. Live: statistics-live.tsx.
import { Investment } from './investment.tsx'
import { Sources } from './sources.tsx'
import { SupportFigures } from './support-figures.tsx'
import { TraineeSectors } from './trainee-sectors.tsx'
import { YouthReserve } from './youth-reserve.tsx'
import { StaffActivity } from './staff-activity.tsx'
import { ServiceEvents } from './service-events.tsx'
import { ProgramRates } from './program-rates.tsx'
import { LiveStatistics } from './statistics-live.tsx'

export function StatisticsSections(props: { year: number; unitId?: string }) {
  return (
    <LiveStatistics>
      <Investment year={props.year} unitId={props.unitId} />
      <Sources year={props.year} unitId={props.unitId} />
      <SupportFigures year={props.year} unitId={props.unitId} />
      <TraineeSectors year={props.year} unitId={props.unitId} />
      <ProgramRates year={props.year} unitId={props.unitId} />
      <YouthReserve year={props.year} unitId={props.unitId} />
      <StaffActivity year={props.year} unitId={props.unitId} />
      <ServiceEvents year={props.year} unitId={props.unitId} />
    </LiveStatistics>
  )
}
