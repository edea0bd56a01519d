// The app loads the manager's, the department's and the staff forms' words before it shows those screens
// to the people who start on them (client/src/app.tsx): the screens are tested as those people see them.
// How the words arrive on first use is tested in i18n-lazy.test.ts.
import { loadAllMessages } from '../../client/src/i18n/index.ts'

await loadAllMessages()
