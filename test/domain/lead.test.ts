import { describe, expect, it } from 'vitest'
import { DomainError } from '../../server/src/domain/errors.ts'
import { leadTitle } from '@talent/rules/lead-title'
import { parseLead } from '../../server/src/domain/lead.ts'

const valid = {
  clientMutationId: '0193a7a4-6e1c-7cc2-8d0e-8f1f5b2f0a01',
  projectId: '0193a7a4-6e1c-7cc2-8d0e-8f1f5b2f0a02',
  talentId: '0193a7a4-6e1c-7cc2-8d0e-8f1f5b2f0a03',
  talentName: ' 陈晓 ',
  phone: '+86 139 0000 1111',
  employer: '',
  sourceChannel: 'UNIVERSITY',
}

function problemsOf(raw: unknown) {
  try {
    parseLead(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError)
    return (error as DomainError).extensions.problems
  }
  throw new Error('expected the lead to be refused')
}

describe('a lead from the phone', () => {
  it('is trimmed and normalised, empty optional fields become null', () => {
    const lead = parseLead(valid)
    expect(lead).toMatchObject({ talentName: '陈晓', phone: '+8613900001111', employer: null, note: null })
  })

  it('gets a title from the talent and the employer when none is given', () => {
    expect(leadTitle(parseLead(valid))).toBe('陈晓项目')
    expect(leadTitle(parseLead({ ...valid, employer: '东南大学' }))).toBe('陈晓（东南大学）项目')
    expect(leadTitle(parseLead({ ...valid, title: '新型储能材料' }))).toBe('新型储能材料')
  })

  it('names every wrong field at once, in Chinese', () => {
    expect(problemsOf({ ...valid, talentName: '', phone: '12345', sourceChannel: 'X' })).toEqual([
      { field: 'talentName', message: '人才姓名不能为空' },
      { field: 'phone', message: '电话号码格式不正确：大陆手机号请填写11位，境外号码请以+国家代码开头' },
      { field: 'sourceChannel', message: '请选择线索来源' },
    ])
  })

  it('refuses ids that a phone did not make as UUIDs', () => {
    expect(problemsOf({ ...valid, talentId: '42' })).toEqual([
      { field: 'talentId', message: '人才编号格式不正确（应为 UUID）' },
    ])
  })
})
