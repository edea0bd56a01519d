// 搜索: one box for talents and projects. Typing waits a moment before asking; a text searched before
// is answered from the phone's cache, with or without signal.
import { createEffect, createSignal, For, onCleanup, Show } from 'solid-js'
import { useSearchParams } from '@solidjs/router'
import { createRead } from '../urql/read.ts'
import { user } from '../session/session.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { recentSearches, rememberSearch, SearchProjectsQuery, SearchTalentsQuery } from './search-queries.ts'
import { ProjectResult, TalentResult } from './search-results.tsx'
import './search.css'

const debounceMs = 300

export default function SearchScreen() {
  const [params, setParams] = useSearchParams<{ q?: string }>()
  const [typed, setTyped] = createSignal(params.q ?? '')
  const [text, setText] = createSignal((params.q ?? '').trim())
  const [recent, setRecent] = createSignal(recentSearches())

  createEffect(() => {
    const next = typed().trim()
    const timer = setTimeout(() => {
      setText(next)
      setParams({ q: next || undefined }, { replace: true })
    }, debounceMs)
    onCleanup(() => clearTimeout(timer))
  })

  const variables = () => ({ text: text() })
  // Departments see requests and the projects behind them, not the talent register.
  const mayFindTalents = () => user()?.role !== 'DEPARTMENT'
  const talents = createRead(SearchTalentsQuery, { variables, pause: () => !text() || !mayFindTalents() })
  const projects = createRead(SearchProjectsQuery, { variables, pause: () => !text() })

  const talentNodes = () => (text() ? (talents.data()?.talents.edges.map((edge) => edge.node) ?? []) : [])
  const projectNodes = () => (text() ? (projects.data()?.projects.edges.map((edge) => edge.node) ?? []) : [])
  const answered = () => Boolean(projects.data() || talents.data())
  const loading = () => Boolean(text()) && (projects.result.fetching || talents.result.fetching) && !answered()
  const offlineUnseen = () => Boolean(text()) && !answered() && (!online() || projects.offline())

  createEffect(() => {
    if (text() && answered() && online()) setRecent(rememberSearch(text()))
  })

  return (
    <div class="screen">
      <AppHeader title={t('sync.search.title')} />
      <main class="content">
        {/* biome-ignore lint/a11y/useSemanticElements: the build targets ES2020-era browsers, which know the
            search role on a form but not the <search> element (2023). */}
        <form
          role="search"
          class="search-box"
          onSubmit={(event) => {
            event.preventDefault()
            setText(typed().trim())
          }}
        >
          <label for="search-text" class="visually-hidden">
            {t('sync.search.label')}
          </label>
          <input
            id="search-text"
            type="search"
            enterkeyhint="search"
            autocomplete="off"
            placeholder={t('sync.search.placeholder')}
            value={typed()}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </form>

        <Show when={!text() && recent().length}>
          <h2 class="section-title">{t('sync.search.recent')}</h2>
          <div class="recent-searches">
            <For each={recent()}>
              {(item) => (
                <button
                  type="button"
                  class="chip"
                  onClick={() => {
                    setTyped(item)
                    setText(item)
                  }}
                >
                  {item}
                </button>
              )}
            </For>
          </div>
        </Show>

        <SavedNote shown={answered()} text={t('sync.search.offlineCached')} />
        <Show when={offlineUnseen()}>
          <p class="notice" data-testid="search-offline">
            {t('sync.search.offlineUnseen')}
          </p>
        </Show>
        <LoadFailed read={projects} say={(message) => message} />
        <Show when={loading()}>
          <Splash />
        </Show>

        <Show when={talentNodes().length}>
          <h2 class="section-title">{t('sync.search.talents', { count: talentNodes().length })}</h2>
          <ul class="cards" data-testid="talent-results">
            <For each={talentNodes()}>{(talent) => <TalentResult talent={talent} />}</For>
          </ul>
        </Show>
        <Show when={projectNodes().length}>
          <h2 class="section-title">{t('sync.search.projects', { count: projectNodes().length })}</h2>
          <ul class="cards" data-testid="project-results">
            <For each={projectNodes()}>{(project) => <ProjectResult project={project} />}</For>
          </ul>
        </Show>
        <Show when={text() && answered() && !loading() && !talentNodes().length && !projectNodes().length}>
          <p class="empty">{t('sync.search.none', { text: text() })}</p>
        </Show>
      </main>
    </div>
  )
}
