import { render } from 'solid-js/web'
import { App } from './app.tsx'
import { startOutbox } from './outbox/index.ts'
import { followOtherTabs } from './session/session.ts'
import { restoreSavedLocale } from './i18n/index.ts'
import './styles.css'

followOtherTabs()
startOutbox()
// Immediate in Chinese; a saved English choice first loads its catalogue. Should that fail, zh-CN it is.
void restoreSavedLocale()
  .catch(() => {})
  .finally(() => render(() => <App />, document.getElementById('root')!))
