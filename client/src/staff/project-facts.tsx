// What is known of the project: its plan, and once there, the signing and the landed company.
import { For, Show, type JSX } from 'solid-js'
import { readFragment, type FragmentOf } from '../graphql.ts'
import { sourceLabel } from '../labels.ts'
import { t, type MessageKey } from '../i18n/index.ts'
import { agreementLabel } from './labels.ts'
import { fullDate } from './dates.ts'
import { ProjectFactsFragment } from './project-fragments.ts'

function Fact(props: { label: MessageKey; value: string | number | null | undefined; children?: JSX.Element }) {
  return (
    <Show when={props.value !== null && props.value !== undefined && props.value !== ''}>
      <div>
        <dt>{t(props.label)}</dt>
        <dd>{props.children ?? props.value}</dd>
      </div>
    </Show>
  )
}

const amount = (value: string | null | undefined) => (value ? t('staff.project.amount', { amount: value }) : null)

export function ProjectFacts(props: { project: FragmentOf<typeof ProjectFactsFragment> }) {
  const project = () => readFragment(ProjectFactsFragment, props.project)
  return (
    <>
      <section class="panel" aria-labelledby="facts-heading">
        <h2 id="facts-heading" class="panel-title">
          {t('staff.project.facts')}
        </h2>
        <dl class="facts">
          <Fact label="staff.project.industry" value={project().industry} />
          <Fact label="staff.project.source" value={sourceLabel(project().sourceChannel)} />
          <Fact label="staff.project.referrer" value={project().referrer} />
          <Fact label="staff.project.plannedInvestment" value={amount(project().plannedInvestment)} />
          <Fact label="staff.project.registeredCapital" value={amount(project().registeredCapital)} />
          <Fact
            label="staff.project.expectedLandingDate"
            value={project().expectedLandingDate ? fullDate(project().expectedLandingDate!) : null}
          />
          <Fact label="staff.project.description" value={project().description} />
          <Fact label="staff.project.tags" value={project().tags.length ? project().tags.join('、') : null}>
            <For each={project().tags}>{(tag) => <span class="tag tag-plain">{tag}</span>}</For>
          </Fact>
        </dl>
      </section>
      <Show when={project().signing}>
        {(signing) => (
          <section class="panel" aria-labelledby="signing-heading" data-testid="signing-facts">
            <h2 id="signing-heading" class="panel-title">
              {t('staff.signing.heading')}
            </h2>
            <dl class="facts">
              <Fact label="staff.signing.signedAt" value={fullDate(signing().signedAt)} />
              <Fact label="staff.signing.agreementKind" value={agreementLabel(signing().agreementKind)} />
              <Fact label="staff.signing.investmentAgreed" value={signing().investmentAgreed} />
              <Fact label="staff.signing.supportFunds" value={signing().supportFunds} />
              <Fact label="staff.signing.supportSpaceM2" value={signing().supportSpaceM2} />
              <Fact label="staff.signing.supportApartments" value={signing().supportApartments} />
              <Fact label="staff.signing.supportOther" value={signing().supportOther} />
              <Fact label="staff.signing.conditions" value={signing().conditions} />
            </dl>
          </section>
        )}
      </Show>
      <Show when={project().landing}>
        {(landing) => (
          <section class="panel" aria-labelledby="landing-heading" data-testid="landing-facts">
            <h2 id="landing-heading" class="panel-title">
              {t('staff.landing.heading')}
            </h2>
            <dl class="facts">
              <Fact label="staff.landing.companyName" value={landing().companyName} />
              <Fact label="staff.landing.uscc" value={landing().uscc} />
              <Fact label="staff.landing.registeredAt" value={fullDate(landing().registeredAt)} />
              <Fact label="staff.landing.registeredCapital" value={landing().registeredCapital} />
              <Fact label="staff.landing.carrier" value={landing().carrier} />
              <Fact label="staff.landing.employees" value={landing().employees} />
              <Fact
                label="staff.landing.firstRevenueAt"
                value={landing().firstRevenueAt ? fullDate(landing().firstRevenueAt!) : null}
              />
            </dl>
          </section>
        )}
      </Show>
    </>
  )
}
