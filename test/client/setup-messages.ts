// The app loads the manager's, the department's and the staff forms' words before it shows those screens
// to the people who start on them (client/src/app.tsx): the screens are tested as those people see them.
// How the words arrive on first use is tested in i18n-lazy.test.ts.
import { configure } from '@solidjs/testing-library'
import { loadAllMessages } from '../../client/src/i18n/index.ts'

await loadAllMessages()

// Screens that wait for a lazy chunk (ECharts, an area's words) can take over a second on a loaded CI
// machine; findBy* waits up to 5 s for what the user will see, instead of testing-library's 1 s.
configure({ asyncUtilTimeout: 5000 })
