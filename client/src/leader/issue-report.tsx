// 印发报告 (the talent office only): a kind and a period; the server freezes today's figures into a new
// edition. Online only: an issued report is an official document, not something to queue.
import { createSignal, For, Show } from 'solid-js'
import { useNavigate } from '@solidjs/router'
import { createMutation } from '@urql/solid'
import { uuidv7 } from 'uuidv7'
import { t } from '../i18n/index.ts'
import { online } from '../network.ts'
import { countyParts } from '../format.ts'
import { errorMessage } from '../urql/errors.ts'
import { Field } from '../components/field.tsx'
import { IssueReportMutation } from './queries.ts'

type Kind = 'MONTHLY' | 'QUARTERLY' | 'HALF_YEAR' | 'BULLETIN'
const kinds: readonly Kind[] = ['MONTHLY', 'QUARTERLY', 'HALF_YEAR', 'BULLETIN']
const counts: Record<Kind, number> = { MONTHLY: 12, BULLETIN: 12, QUARTERLY: 4, HALF_YEAR: 2 }

/** `2026-06`, `2026-Q2`, `2026-H1`: the period as the server reads it. */
export function periodOf(kind: Kind, year: number, index: number): string {
  if (kind === 'QUARTERLY') return `${year}-Q${index}`
  if (kind === 'HALF_YEAR') return `${year}-H${index}`
  return `${year}-${String(index).padStart(2, '0')}`
}

function periodLabel(kind: Kind, index: number): string {
  if (kind === 'QUARTERLY') return t('leader.reports.quarter', { quarter: index })
  if (kind === 'HALF_YEAR') return t(index === 1 ? 'leader.reports.half1' : 'leader.reports.half2')
  return t(kind === 'BULLETIN' ? 'leader.reports.upToMonth' : 'leader.reports.month', { month: index })
}

export function IssueReport(props: { year: number }) {
  const navigate = useNavigate()
  const [kind, setKind] = createSignal<Kind>('MONTHLY')
  const [index, setIndex] = createSignal(countyParts(new Date()).month)
  const [error, setError] = createSignal<string | null>(null)
  const [state, issue] = createMutation(IssueReportMutation)
  const choose = (next: Kind) => {
    setKind(next)
    setIndex((current) => Math.min(current, counts[next]))
  }
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setError(null)
    const id = uuidv7()
    const result = await issue({
      input: {
        id,
        clientMutationId: uuidv7(),
        kind: kind(),
        year: props.year,
        period: periodOf(kind(), props.year, index()),
      },
    })
    if (result.data?.issueReport) navigate(`/reports/${result.data.issueReport.uuid}`)
    else setError(t('leader.reports.issueFailed', { message: errorMessage(result.error, t('error.unknown')) }))
  }
  return (
    <details class="card issue-report">
      <summary class="issue-summary">{t('leader.reports.issue')}</summary>
      <form onSubmit={(event) => void submit(event)} data-testid="issue-report">
        <p class="card-meta">{t('leader.reports.issueHint')}</p>
        <Field label={t('leader.reports.kind')} for="issue-kind">
          <select id="issue-kind" value={kind()} onChange={(event) => choose(event.currentTarget.value as Kind)}>
            <For each={kinds}>
              {(candidate) => <option value={candidate}>{t(`leader.reports.kind.${candidate}`)}</option>}
            </For>
          </select>
        </Field>
        <Field label={t('leader.reports.period')} for="issue-period">
          <select id="issue-period" value={index()} onChange={(event) => setIndex(Number(event.currentTarget.value))}>
            <For each={Array.from({ length: counts[kind()] }, (_, i) => i + 1)}>
              {(candidate) => <option value={candidate}>{periodLabel(kind(), candidate)}</option>}
            </For>
          </select>
        </Field>
        <Show when={!online()}>
          <p class="notice">{t('leader.reports.offline')}</p>
        </Show>
        <Show when={error()}>{(message) => <p class="form-error">{message()}</p>}</Show>
        <button type="submit" class="button button-primary button-block" disabled={state.fetching || !online()}>
          {state.fetching ? t('leader.reports.issuing') : t('leader.reports.issueSubmit')}
        </button>
      </form>
    </details>
  )
}
