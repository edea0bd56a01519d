// /projects/:id/owner: who is responsible for a project and who helps follow it, picked from the people of
// the project's unit. Saving queues one write per change; the project shows them at once, marked 未同步.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js'
import { useNavigate, useParams } from '@solidjs/router'
import { graphql, readFragment } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { enqueueWrite, outbox, outboxEntries } from '../outbox/index.ts'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { Splash } from '../shell/read-state.tsx'
import { projectIds } from '../staff/global-id.ts'
import { BackLink } from '../staff/back-link.tsx'
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
  const [owner, setOwner] = createSignal('')
  const [followers, setFollowers] = createSignal<Set<string>>(new Set())
  createEffect(
    on(
      () => current() !== null,
      (known) => {
        if (!known) return
        setOwner(current()!.owner)
        setFollowers(new Set(current()!.followers))
      },
    ),
  )
  const [message, setMessage] = createSignal<string>()
  // Back to the board or the project the user came from; to the board when the page was opened directly.
  const goBack = () => (history.length > 1 && history.state ? navigate(-1) : navigate('/pipeline', { replace: true }))
  const canAssign = () => assigners.has(user()?.role ?? '')
  const toggle = (uuid: string, on: boolean) => {
    const next = new Set(followers())
    if (on) next.add(uuid)
    else next.delete(uuid)
    setFollowers(next)
  }

  async function save(event: SubmitEvent) {
    event.preventDefault()
    const read = project()
    const before = current()
    const me = user()
    if (!read || !before || !me) return
    const writes = []
    if (canAssign() && owner() && owner() !== before.owner)
      writes.push(assignOwnerWrite(read, owner(), me.id, await outbox.entries(me.id)))
    for (const member of members()) {
      const wanted = followers().has(member.uuid)
      if (wanted !== before.followers.has(member.uuid))
        writes.push(followerWrite(read.uuid, member.uuid, wanted, me.id))
    }
    if (!writes.length) return setMessage(t('manager.owner.nothingChanged'))
    try {
      for (const write of writes) await enqueueWrite(write)
      goBack()
    } catch (failure) {
      setMessage(
        t('manager.owner.saveFailed', { message: failure instanceof Error ? failure.message : String(failure) }),
      )
    }
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
          <form class="content owner-form" onSubmit={(event) => void save(event)}>
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
                      checked={owner() === member.uuid}
                      onChange={() => setOwner(member.uuid)}
                    />
                    <span>{member.name}</span>
                  </label>
                )}
              </For>
            </fieldset>
            <fieldset class="choices">
              <legend>{t('manager.owner.followers')}</legend>
              <small class="hint">{t('manager.owner.followersHint')}</small>
              <For each={members().filter((member) => member.uuid !== owner())}>
                {(member) => (
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={followers().has(member.uuid)}
                      onChange={(event) => toggle(member.uuid, event.currentTarget.checked)}
                    />
                    <span>{member.name}</span>
                  </label>
                )}
              </For>
            </fieldset>
            <Show when={message()}>
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
