import { describe, expect, it } from 'vitest'
import { maskPhone, normalizePhone } from '../../server/src/domain/phone.ts'

describe('mainland mobile numbers', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
  ])('accepts %s as %s', (raw, normalized) => {
    expect(normalizePhone(raw)).toBe(normalized)
  })

  it.each(['1234', '12812345678', '138123456789', '0571-88888888', '１３８１２３４５６７８', ''])('refuses %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull()
  })

  it('masks the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})
