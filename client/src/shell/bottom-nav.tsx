// The bottom bar: each role's few destinations within thumb reach, and the sync count on 同步.
import { For, Show } from 'solid-js'
import { A, useLocation } from '@solidjs/router'
import { user } from '../session/session.ts'
import { failedEntries, pendingCount } from '../outbox/index.ts'
import { t } from '../i18n/index.ts'
import { hidesNav, navItems } from './nav-items.ts'
import { NavIcon } from './nav-icons.tsx'
import './shell.css'

export function BottomNav() {
  const location = useLocation()
  const items = () => {
    const role = user()?.role
    return role ? navItems[role] : []
  }
  return (
    <Show when={items().length && !hidesNav(location.pathname)}>
      <nav class="bottom-nav" aria-label={t('sync.nav.label')} data-testid="bottom-nav">
        <For each={items()}>
          {(item) => (
            <A
              href={item.href}
              end={item.exact ?? false}
              class="nav-item"
              activeClass="nav-active"
              data-testid={`nav-${item.icon}`}
            >
              <span class="nav-glyph">
                <NavIcon name={item.icon} />
                <Show when={item.icon === 'sync' && pendingCount() > 0}>
                  <span
                    class="nav-count"
                    classList={{ 'nav-count-bad': failedEntries().length > 0 }}
                    aria-hidden="true"
                  >
                    {pendingCount()}
                  </span>
                </Show>
              </span>
              <span class="nav-label">{t(item.label)}</span>
              <Show when={item.icon === 'sync' && pendingCount() > 0}>
                <span class="visually-hidden">（{t('sync.pending', { count: pendingCount() })}）</span>
              </Show>
            </A>
          )}
        </For>
      </nav>
    </Show>
  )
}
