import { describe, expect, it, vi } from 'vitest'
import { managerMessages } from '../../client/src/manager/messages.ts'
import { departmentMessages } from '../../client/src/department/messages.ts'
import { staffFormMessages } from '../../client/src/staff/messages-forms.ts'
import { staffProjectMessages } from '../../client/src/staff/messages-project.ts'
import { staffScreenMessages } from '../../client/src/staff/messages.ts'
import { syncMessages } from '../../client/src/sync/messages.ts'
import { syncScreenMessages } from '../../client/src/sync/messages-screens.ts'
import { leaderMessages } from '../../client/src/leader/messages.ts'
import { ledgerMessages } from '../../client/src/ledger/messages.ts'
import { settingsMessages } from '../../client/src/account/messages.ts'
import { commonZh } from '../../client/src/i18n/zh-CN.ts'
import { lazyAreaOf } from '../../client/src/i18n/index.ts'

describe('words that load on first use', () => {
  it('are found by their key: every key of a lazy area names that area, and no key of the first screens does', () => {
    const lazy = {
      manager: managerMessages,
      department: departmentMessages,
      staffForms: staffFormMessages,
      staffProject: staffProjectMessages,
      leader: leaderMessages,
      ledger: ledgerMessages,
      syncScreens: syncScreenMessages,
      settings: settingsMessages,
    }
    for (const [area, messages] of Object.entries(lazy)) {
      for (const key of Object.keys(messages.zhCN)) expect(lazyAreaOf(key), key).toBe(area)
    }
    for (const key of Object.keys({ ...commonZh, ...staffScreenMessages.zhCN, ...syncMessages.zhCN }))
      expect(lazyAreaOf(key), key).toBeNull()
  })
  it('show nothing until their area has arrived, then their words, to a screen that is already showing', async () => {
    vi.resetModules() // a fresh catalogue, as on a phone that just opened the app (the test setup loaded them all)
    const { createMemo, createRoot } = await import('solid-js')
    const i18n = await import('../../client/src/i18n/index.ts')
    const title = createRoot(() => createMemo(() => i18n.t('manager.pipeline.title')))
    expect(title()).toBe('')
    await vi.waitFor(() => expect(title()).toBe(managerMessages.zhCN['manager.pipeline.title']))
    expect(i18n.t('staff.today.title')).toBe(staffScreenMessages.zhCN['staff.today.title'])
  })
})
