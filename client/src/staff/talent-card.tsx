// The talent behind a project, contact data masked unless the user may see it; "查看联系方式" asks for a
// reason (the server writes it to the audit log) and shows the full data on this screen only, never saved.
import { createSignal, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { useClient } from '@urql/solid'
import { graphql, readFragment, type FragmentOf } from '../graphql.ts'
import { errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { user } from '../session/session.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { TalentCardFragment } from './project-fragments.ts'
import { newProjectPath, projectOpeners } from './new-project-data.ts'

const RevealContactMutation = graphql(`
  mutation StaffRevealContact($talentId: String!, $reason: String!) {
    revealContact(talentId: $talentId, reason: $reason) { phone email wechat }
  }
`)

type Contact = { phone: string | null; email: string | null; wechat: string | null }

/** revealContact's rule (server/src/auth/visibility.ts): people of the unit that follows the talent. */
const revealRoles = new Set(['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'])

export function TalentCard(props: { talent: FragmentOf<typeof TalentCardFragment>; projectUnitId: string }) {
  const client = useClient()
  const talent = () => readFragment(TalentCardFragment, props.talent)
  const [revealed, setRevealed] = createSignal<Contact | null>(null)
  const [asking, setAsking] = createSignal(false)
  const [reason, setReason] = createSignal('')
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const mayReveal = () => {
    const me = user()
    return Boolean(
      me &&
        talent().contactMasked &&
        revealRoles.has(me.role) &&
        (me.role === 'ADMIN' || me.unit.id === props.projectUnitId),
    )
  }
  /** A known talent's next venture starts here (createProject); not once the talent withdrew consent. */
  const mayOpenProject = () => Boolean(projectOpeners.has(user()?.role ?? '') && !talent().consentWithdrawnAt)
  const contact = (): Contact => revealed() ?? talent()
  const hasContact = () => Boolean(contact().phone || contact().email || contact().wechat)

  async function reveal(event: SubmitEvent) {
    event.preventDefault()
    if (!reason().trim()) return setError(t('staff.talent.error.reason'))
    if (!online()) return setError(t('staff.talent.revealOffline'))
    setBusy(true)
    setError(undefined)
    const result = await client
      .mutation(
        RevealContactMutation,
        { talentId: talent().uuid, reason: reason().trim() },
        { requestPolicy: 'network-only' },
      )
      .toPromise()
    setBusy(false)
    if (result.data) {
      setRevealed(result.data.revealContact)
      setAsking(false)
    } else {
      setError(
        isNetworkFailure(result.error)
          ? t('staff.talent.revealOffline')
          : errorMessage(result.error, t('error.unknown')),
      )
    }
  }

  return (
    <section class="panel" aria-labelledby="talent-heading">
      <h2 id="talent-heading" class="panel-title">
        {t('staff.talent.heading')}
      </h2>
      <p class="talent-name">
        <strong>{talent().name}</strong>
        <Show when={talent().title}>{(title) => <span> · {title()}</span>}</Show>
      </p>
      <Show when={talent().employer || talent().field}>
        <p class="muted">{[talent().employer, talent().field].filter(Boolean).join(' · ')}</p>
      </Show>
      <Show when={hasContact()} fallback={<p class="muted">{t('staff.talent.noContact')}</p>}>
        <dl class="facts" data-testid="talent-contact">
          <Show when={contact().phone}>
            {(phone) => (
              <div>
                <dt>{t('staff.talent.phone')}</dt>
                <dd>{revealed() || !talent().contactMasked ? <a href={`tel:${phone()}`}>{phone()}</a> : phone()}</dd>
              </div>
            )}
          </Show>
          <Show when={contact().email}>
            {(email) => (
              <div>
                <dt>{t('staff.talent.email')}</dt>
                <dd>{email()}</dd>
              </div>
            )}
          </Show>
          <Show when={contact().wechat}>
            {(wechat) => (
              <div>
                <dt>{t('staff.talent.wechat')}</dt>
                <dd>{wechat()}</dd>
              </div>
            )}
          </Show>
        </dl>
      </Show>
      <Show when={revealed()}>
        <p class="hint">{t('staff.talent.revealed')}</p>
      </Show>
      <Show when={talent().eventsAttended.length}>
        <h3 class="panel-subtitle">{t('staff.talent.events')}</h3>
        <ul class="plain-list" data-testid="talent-events">
          <For each={talent().eventsAttended}>
            {(event) => (
              <li>
                {event.heldOn} · {event.title}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={mayOpenProject()}>
        <A href={newProjectPath(talent().uuid)} class="button button-block" data-testid="new-project-for-talent">
          {t('staff.newProject.action')}
        </A>
      </Show>
      <Show when={mayReveal() && !revealed()}>
        <Show
          when={asking()}
          fallback={
            <button type="button" class="button button-block" onClick={() => setAsking(true)}>
              {t('staff.talent.reveal')}
            </button>
          }
        >
          <form class="reveal-form" onSubmit={(event) => void reveal(event)} novalidate>
            <Field
              label={t('staff.talent.revealReason')}
              for="reveal-reason"
              required
              hint={t('staff.talent.revealHint')}
              error={error()}
            >
              <input
                id="reveal-reason"
                value={reason()}
                aria-invalid={Boolean(error())}
                onInput={(event) => setReason(event.currentTarget.value)}
              />
            </Field>
            <div class="row">
              <button type="button" class="button" onClick={() => setAsking(false)}>
                {t('common.cancel')}
              </button>
              <button type="submit" class="button button-primary button-grow" disabled={busy()}>
                {t('staff.talent.revealSubmit')}
              </button>
            </div>
          </form>
        </Show>
      </Show>
    </section>
  )
}
