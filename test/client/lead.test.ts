import { describe, expect, it } from 'vitest'
import { leadTitle } from '@talent/rules/lead-title'
import { createLeadWrite } from '../../client/src/lead/lead-write.ts'
import { normalizePhone } from '@talent/rules/phone'
import { validateLead, type LeadForm } from '../../client/src/lead/validate.ts'

const form = (overrides: Partial<LeadForm> = {}): LeadForm => ({
  talentName: '张伟',
  phone: '',
  employer: '',
  field: '',
  sourceChannel: 'TALENT_AMBASSADOR',
  title: '',
  note: '',
  dataSource: 'SELF_PROVIDED',
  consentGiven: false,
  ...overrides,
})
const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('the lead form', () => {
  it('accepts the numbers the server accepts, at home and abroad, in the server’s E.164 form', () => {
    expect(normalizePhone('138 0013 8000')).toBe('+8613800138000')
    expect(normalizePhone('+86 138-0013-8000')).toBe('+8613800138000')
    expect(normalizePhone('0571-88888888')).toBe('+8657188888888')
    expect(normalizePhone('+852 6123 4567')).toBe('+85261234567')
    expect(normalizePhone('+1 202 555 0143')).toBe('+12025550143')
    expect(normalizePhone('12800138000')).toBeNull()
    expect(normalizePhone('1380013800')).toBeNull()
    for (const phone of ['+852 6123 4567', '0571-88888888', '+886 912 345 678'])
      expect(validateLead(form({ phone }))).toEqual({})
    expect(validateLead(form({ phone: '12800138000' })).phone).toEqual({ key: 'lead.error.phone' })
  })

  it('asks for a name and a source, and a valid phone when one is given', () => {
    expect(validateLead(form())).toEqual({})
    expect(Object.keys(validateLead(form({ talentName: '  ', sourceChannel: '', phone: '123' }))).sort()).toEqual([
      'phone',
      'sourceChannel',
      'talentName',
    ])
    expect(validateLead(form({ note: '字'.repeat(2001) })).note).toEqual({
      key: 'lead.error.tooLong',
      values: { max: 2000 },
    })
  })

  it('becomes an outbox write with ids made on the phone (UUIDv7), owned by the user', () => {
    const write = createLeadWrite(
      { ...form({ phone: '138 0013 8000', employer: ' 浙江大学 ' }), sourceChannel: 'UNIVERSITY' },
      'VXNlcjox',
    )
    const input = write.variables.input as Record<string, string | null>
    expect(write).toMatchObject({ operation: 'createLead', ownerId: 'VXNlcjox', id: input.clientMutationId })
    for (const id of [input.clientMutationId, input.projectId, input.talentId]) expect(id).toMatch(uuidV7)
    expect(new Set([input.clientMutationId, input.projectId, input.talentId]).size).toBe(3)
    expect(write.recordIds).toEqual([input.projectId, input.talentId])
    expect(input).toMatchObject({
      talentName: '张伟',
      phone: '+8613800138000',
      employer: '浙江大学',
      field: null,
      title: null,
      sourceChannel: 'UNIVERSITY',
    })
  })

  it('is titled the way the server titles it', () => {
    expect(leadTitle({ talentName: '张伟', employer: '浙江大学', title: null })).toBe('张伟（浙江大学）项目')
    expect(leadTitle({ talentName: '张伟', employer: null, title: null })).toBe('张伟项目')
    expect(leadTitle({ talentName: '张伟', employer: null, title: '新材料中试' })).toBe('新材料中试')
  })
})
