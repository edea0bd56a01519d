// The live check's answer under the contact fields: another unit's claim (the lead cannot be saved), people
// already known (it can), or, offline, that the check waits for the sending.
import { Match, Switch } from 'solid-js'
import { t } from '../i18n/index.ts'
import type { LeadCheck } from './lead-check.ts'

export function LeadCheckNote(props: { check: LeadCheck }) {
  const matchList = (check: Extract<LeadCheck, { kind: 'duplicates' }>) =>
    check.matches.map((match) => (match.employer ? `${match.name}（${match.employer}）` : match.name)).join('、')
  return (
    <div id="lead-check" tabindex="-1" aria-live="polite" data-testid="lead-check">
      <Switch>
        <Match when={props.check.kind === 'offline'}>
          <p class="hint">{t('lead.check.offline')}</p>
        </Match>
        <Match when={props.check.kind === 'claimed' && props.check}>
          {(claimed) => (
            <p class="form-error" role="alert">
              {t('lead.check.claimed', { units: claimed().units.join('、') })}
            </p>
          )}
        </Match>
        <Match when={props.check.kind === 'duplicates' && props.check}>
          {(found) => <p class="notice">{t('lead.check.duplicates', { matches: matchList(found()) })}</p>}
        </Match>
      </Switch>
    </div>
  )
}
