// 为该人才新建项目: a known talent brings another venture. The lead form's project fields, the talent as the
// server has it (never entered again), saved to the outbox as createProject: the project belongs to the
// user's unit, the user owns it, and it shows at once in 我的线索 marked 未同步. Another unit following a
// number the user sees in full is said here, as the lead form does; the server checks every claim.
import { FormError } from '../components/form-error.tsx'
import { Show } from 'solid-js'
import { useNavigate, useParams } from '@solidjs/router'
import { useClient } from '@urql/solid'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { createRead } from '../urql/read.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, Splash } from '../shell/read-state.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { createProjectWrite } from '../lead/lead-write.ts'
import { validateLeadProject, type LeadProjectForm } from '../lead/validate.ts'
import { createLeadCheck } from '../lead/lead-check.ts'
import { LeadCheckNote } from '../lead/lead-check-note.tsx'
import { ProjectTitleFields, rememberChannel, savedChannel, SourceChannelField } from '../lead/project-fields.tsx'
import { NewProjectTalentQuery } from './new-project-data.ts'
import { globalIdOf, isUuid } from './global-id.ts'
import { BackLink } from './back-link.tsx'
import './staff.css'

export default function NewProjectRoute() {
  const navigate = useNavigate()
  const params = useParams<{ id: string }>()
  const nodeId = () => (isUuid(params.id) ? globalIdOf('Talent', params.id.toLowerCase()) : params.id)
  const read = createRead(NewProjectTalentQuery, { variables: () => ({ id: nodeId() }) })
  const talent = () => {
    const node = read.data()?.node
    return node && node.__typename === 'Talent' ? node : null
  }
  const withdrawn = () => Boolean(talent()?.consentWithdrawnAt)
  const fields: LeadProjectForm = { sourceChannel: savedChannel(), title: '', note: '' }
  const { form, setForm, bind, error, saveError, busy, submit } = createOutboxForm({
    fields,
    idPrefix: 'new-project',
    validate: validateLeadProject,
    writes: ({ sourceChannel, ...typed }, me) => {
      const known = talent()
      if (!known || withdrawn() || !sourceChannel) return null
      // The server would refuse it: say so here rather than as a failed write in 同步 later.
      if (check().kind === 'claimed') {
        document.getElementById('lead-check')?.focus()
        return null
      }
      return createProjectWrite(known, { ...typed, sourceChannel }, me.id)
    },
    onQueued: ({ sourceChannel }) => {
      rememberChannel(sourceChannel)
      navigate('/projects', { replace: true })
    },
  })
  // By the number only, and only one shown in full: the server's claim is on this record and its number.
  const leadCheck = createLeadCheck(
    () => {
      const known = talent()
      const phone = known && !known.phoneMasked ? (known.phone ?? '') : ''
      return { talentName: known?.name ?? '', phone, employer: '' }
    },
    () => user()?.unit.name,
    useClient(),
  )
  // This is the person the server matches: being known is the point, not a warning.
  const check = () => (leadCheck().kind === 'duplicates' ? { kind: 'clear' as const } : leadCheck())

  return (
    <div class="screen">
      <AppHeader title={t('staff.newProject.title')} />
      <main class="content staff-form">
        <form onSubmit={(event) => void submit(event)} novalidate>
          <BackLink fallback="/projects" />
          <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
          <Show when={read.loading()}>
            <Splash />
          </Show>
          <Show when={!read.loading() && !talent() && !read.failed()}>
            <p class="empty">{t('staff.newProject.talentMissing')}</p>
          </Show>
          <Show when={talent()}>
            {(known) => (
              <>
                <p class="form-subject" data-testid="new-project-talent">
                  {known().employer ? `${known().name}（${known().employer}）` : known().name}
                </p>
                <Show when={withdrawn()} fallback={<p class="hint">{t('staff.newProject.hint')}</p>}>
                  <p class="notice" role="alert">
                    {t('staff.newProject.withdrawn')}
                  </p>
                </Show>
              </>
            )}
          </Show>
          <Show when={talent() && !withdrawn()}>
            <LeadCheckNote check={check()} />
            <SourceChannelField
              idPrefix="new-project"
              value={form.sourceChannel}
              onChange={(channel) => setForm('sourceChannel', channel)}
              error={error}
            />
            <ProjectTitleFields idPrefix="new-project" bind={bind} error={error} />
          </Show>
          <FormError message={saveError()} />
          <div class="action-bar action-bar-form">
            <button type="button" class="button" onClick={() => navigate('/projects')}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              class="button button-primary button-grow"
              disabled={busy() || !talent() || withdrawn()}
              data-testid="save-new-project"
            >
              {t('staff.newProject.submit')}
            </button>
          </div>
        </form>
      </main>
    </div>
  )
}
