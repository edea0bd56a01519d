import { render } from 'solid-js/web'
import { App } from './app.tsx'
import { startOutbox } from './outbox/index.ts'
import { followOtherTabs } from './session/session.ts'
import './styles.css'

followOtherTabs()
startOutbox()
render(() => <App />, document.getElementById('root')!)
