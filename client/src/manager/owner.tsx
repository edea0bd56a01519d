// /projects/:id/owner: who is responsible for a project and who helps follow it, picked from the people of
// the project's unit. Saving queues one write per change; the project shows them at once, marked 未同步.
import { createEffect, createMemo, For, on, Show } from 'solid-js'
import { useNavigate, useParams } from '@solidjs/router'
import { graphql, readFragment } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { outbox, outboxEntries } from '../outbox/index.ts'
import type { NewWrite } from '../outbox/types.ts'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { Splash } from '../shell/read-state.tsx'
import { projectIds } from '../staff/global-id.ts'
import { BackLink } from '../staff/back-link.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { PipelineProjectFragment, UnitMemberFragment } from './fragments.ts'
import { createUnitMembers } from './pipeline-data.ts'
import { pendingFollowers, pendingOwners } from '../outbox/overlay.ts'
import { assignOwnerWrite, followerWrite } from './project-writes.ts'
import './manager.css'

const ProjectOwnerQuery = graphql(
  `
    query ManagerProjectOwner($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Project { ...PipelineProject unit { id uuid } followers { ...UnitMember } }
      }
    }
  `,
  [PipelineProjectFragment, UnitMemberFragment],
)

const assigners = new Set(['PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'])

export default function OwnerRoute() {
  const params = useParams<{ id: string }>()
  const navigate = useNavigate()
  const ids = () => projectIds(params.id)
  const projectRead = createRead(ProjectOwnerQuery, { variables: () => ({ id: ids().nodeId }) })
  const project = createMemo(() => {
    const node = projectRead.data()?.node
    if (node?.__typename !== 'Project') return null
    const followers = node.followers.map((follower) => readFragment(UnitMemberFragment, follower).uuid)
    return { ...readFragment(PipelineProjectFragment, node), unitUuid: node.unit.uuid, followers }
  })
  const members = createUnitMembers(() => project()?.unitUuid)
  // What the project will be once the queued writes are applied: the starting point of this form.
  const current = createMemo(() => {
    const read = project()
    if (!read) return null
    const owner = pendingOwners(outboxEntries()).get(read.uuid)?.value ?? read.owner?.uuid ?? ''
    const followers = new Set(read.followers)
    for (const [userId, change] of pendingFollowers(outboxEntries(), read.uuid))
      change.value ? followers.add(userId) : followers.delete(userId)
    return { owner, followers }
  })
  // Back to the board or the project the user came from; to the board when the page was opened directly.
  const goBack = () => (history.length > 1 && history.state ? navigate(-1) : navigate('/pipeline', { replace: true }))
  const canAssign = () => assigners.has(user()?.role ?? '')
  const { form, setForm, saveError, submit } = createOutboxForm({
    fields: { owner: '', followers: new Set<string>() },
    // One write per change: the owner (versioned), then each follower added or removed.
    writes: async (chosen, me) => {
      const read = project()
      const before = current()
      if (!read || !before) return null
      const writes: NewWrite[] = []
      if (canAssign() && chosen.owner && chosen.owner !== before.owner)
        writes.push(assignOwnerWrite(read, chosen.owner, me.id, await outbox.entries(me.id)))
      for (const member of members()) {
        const wanted = chosen.followers.has(member.uuid)
        if (wanted !== before.followers.has(member.uuid))
          writes.push(followerWrite(read.uuid, member.uuid, wanted, me.id))
      }
      return writes.length ? writes : t('manager.owner.nothingChanged')
    },
    onQueued: goBack,
  })
  createEffect(
    on(
      () => current() !== null,
      (known) => {
        if (!known) return
        setForm({ owner: current()!.owner, followers: new Set(current()!.followers) })
      },
    ),
  )
  const toggle = (uuid: string, on: boolean) => {
    const next = new Set(form.followers)
    if (on) next.add(uuid)
    else next.delete(uuid)
    setForm('followers', next)
  }

  return (
    <div class="screen">
      <AppHeader title={t('manager.owner.title')} />
      <BackLink fallback="/pipeline" />
      <Show when={projectRead.data() && !project()}>
        <p class="empty">{t('manager.owner.notFound')}</p>
      </Show>
      <Show
        when={project()}
        fallback={
          <Show when={!projectRead.data()}>
            <Splash />
          </Show>
        }
      >
        {(read) => (
          <form class="content owner-form" onSubmit={(event) => void submit(event)}>
            <p class="card-line">
              <strong>{read().talent.name}</strong> · {read().title}
            </p>
            <Show when={!members().length && projectRead.data()}>
              <p class="empty">{t('manager.owner.noMembers')}</p>
            </Show>
            <fieldset class="choices" disabled={!canAssign()}>
              <legend>{t('manager.owner.owner')}</legend>
              <For each={members()}>
                {(member) => (
                  <label class="choice">
                    <input
                      type="radio"
                      name="owner"
                      value={member.uuid}
                      checked={form.owner === member.uuid}
                      onChange={() => setForm('owner', member.uuid)}
                    />
                    <span>{member.name}</span>
                  </label>
                )}
              </For>
            </fieldset>
            <fieldset class="choices">
              <legend>{t('manager.owner.followers')}</legend>
              <small class="hint">{t('manager.owner.followersHint')}</small>
              <For each={members().filter((member) => member.uuid !== form.owner)}>
                {(member) => (
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={form.followers.has(member.uuid)}
                      onChange={(event) => toggle(member.uuid, event.currentTarget.checked)}
                    />
                    <span>{member.name}</span>
                  </label>
                )}
              </For>
            </fieldset>
            <Show when={saveError()}>
              {(text) => (
                <p class="notice" role="status">
                  {text()}
                </p>
              )}
            </Show>
            <div class="action-bar action-bar-form">
              <button type="button" class="button" onClick={goBack}>
                {t('common.cancel')}
              </button>
              <button type="submit" class="button button-primary button-grow" data-testid="save-owner">
                {t('manager.owner.save')}
              </button>
            </div>
          </form>
        )}
      </Show>
    </div>
  )
}
