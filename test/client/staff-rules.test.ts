// The rules the staff screens run on the phone: the shared USCC check (@talent/rules), county calendar days, and
// what the user's waiting writes mean for the next one (version, stage).
import { describe, expect, it } from 'vitest'
import { makeUscc } from '@talent/rules/uscc'
import {
  validateLanding,
  emptyLanding,
  validateSigning,
  emptySigning,
  landingFields,
} from '../../client/src/staff/signing-landing-forms.ts'
import { addDays, countyDate, countyToday, endOfCountyDay, occurredAtFor } from '../../client/src/staff/dates.ts'
import { entriesOfProject, nextVersion, pendingState } from '../../client/src/outbox/overlay.ts'
import type { OutboxEntry } from '../../client/src/outbox/types.ts'
import { storedEntry } from './outbox-fixtures.ts'
import { problemText } from '../../client/src/components/form-helpers.ts'
import { changeLocale } from '../../client/src/i18n/index.ts'

const project = '0190d000-0000-7000-8000-000000000001'
const other = '0190d000-0000-7000-8000-000000000002'
let seq = 0
const entry = (operation: string, input: Record<string, unknown>): OutboxEntry =>
  storedEntry({ seq: ++seq, operation, variables: { input }, recordIds: [String(input.id ?? input.projectId)] })

describe('the 统一社会信用代码 check on the phone', () => {
  const valid = makeUscc('91330782MA2ABC123')
  const landing = { ...emptyLanding('2026-11-24'), companyName: '恒芯科技有限公司', registeredAt: '2026-11-20' }
  const problem = (uscc: string) => validateLanding({ ...landing, uscc }, new Date('2026-11-24T04:00:00Z')).uscc

  it('refuses a wrong check character, a wrong length and forbidden letters, each worded by the screen', () => {
    expect(problem(valid)).toBeUndefined()
    expect(problem(` ${valid.toLowerCase()} `)).toBeUndefined()
    expect(problem(valid.slice(0, 17) + (valid[17] === 'X' ? 'Y' : 'X'))).toEqual({
      key: 'staff.gate.error.uscc.checkCharacter',
    })
    expect(problem('9133')).toEqual({ key: 'staff.gate.error.usccLength', values: { length: 4 } })
    expect(problem('')).toEqual({ key: 'staff.gate.error.usccMissing' })
    expect(problem(`${valid.slice(0, 10)}I${valid.slice(11)}`)).toEqual({ key: 'staff.gate.error.uscc.characters' })
    expect(landingFields({ ...landing, uscc: ` ${valid.toLowerCase()} ` }).uscc).toBe(valid)
  })

  it('says what is wrong in the reader’s language', async () => {
    expect(problemText(problem('9133'))).toBe('统一社会信用代码应为18位，当前为4位')
    await changeLocale('en')
    try {
      expect(problemText(problem('9133'))).toBe('A unified social credit code has 18 characters, not 4')
      expect(problemText(problem(valid.slice(0, 17) + (valid[17] === 'X' ? 'Y' : 'X')))).toBe(
        'The check character is wrong: check the business licence',
      )
    } finally {
      await changeLocale('zh-CN')
    }
  })

  it('asks for the signing date (not in the future) and the agreement', () => {
    const now = new Date('2026-11-24T04:00:00Z')
    expect(validateSigning({ ...emptySigning('2026-11-24'), agreementKind: 'INVESTMENT' }, now)).toEqual({})
    expect(validateSigning({ ...emptySigning('2026-11-25') }, now)).toEqual({
      signedAt: { key: 'staff.gate.error.future' },
      agreementKind: { key: 'staff.gate.error.agreementKind' },
    })
  })
})

describe('county days', () => {
  it('are Beijing’s, whatever the phone’s time zone', () => {
    expect(countyDate('2026-11-24T16:30:00Z')).toBe('2026-11-25')
    expect(countyToday(new Date('2026-11-24T15:59:00Z'))).toBe('2026-11-24')
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(endOfCountyDay('2026-11-24').toISOString()).toBe('2026-11-24T15:59:59.999Z')
    const now = new Date('2026-11-24T03:00:00Z')
    expect(occurredAtFor('2026-11-24', now)).toBe(now)
    expect(occurredAtFor('2026-11-20', now).toISOString()).toBe('2026-11-20T04:00:00.000Z')
  })
})

describe('the user’s waiting writes of a project', () => {
  const waiting = [
    entry('logActivity', { id: 'a1', projectId: project, summary: '电话' }),
    entry('pipelineMoveStage', { id: project, to: 'NEGOTIATING', version: 3 }),
    entry('recordSigning', { id: project, signedAt: '2026-11-24' }),
    entry('moveProjectStage', { id: project, to: 'SIGNED', version: 4 }),
    entry('updateProject', { id: other, title: '别的项目', version: 9 }),
  ]

  it('are found whichever screen queued them, and only this project’s', () => {
    expect(entriesOfProject(waiting, project).map((found) => found.operation)).toEqual([
      'logActivity',
      'pipelineMoveStage',
      'recordSigning',
      'moveProjectStage',
    ])
  })

  it('move the version on by one per versioned write, and the stage to the last one waiting', () => {
    expect(nextVersion(project, 3, waiting)).toBe(5)
    expect(nextVersion(other, 9, waiting)).toBe(10)
    expect(
      pendingState({ stage: 'VISITED', status: 'ACTIVE', hasSigning: false, hasLanding: false }, waiting, project),
    ).toEqual({
      stage: 'SIGNED',
      status: 'ACTIVE',
      hasSigning: true,
      hasLanding: false,
    })
  })
})
