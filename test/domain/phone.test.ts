import { describe, expect, it } from 'vitest'
import { displayPhone, maskPhone, normalizePhone } from '@talent/rules/phone'

describe('phone numbers at home and abroad, in E.164', () => {
  it.each([
    ['13812345678', '+8613812345678'],
    ['138 1234 5678', '+8613812345678'],
    ['+86 138-1234-5678', '+8613812345678'],
    ['8613812345678', '+8613812345678'],
    ['１３８１２３４５６７８', '+8613812345678'],
    ['0571-88888888', '+8657188888888'],
    ['010 1234 5678', '+861012345678'],
    ['+852 6123 4567', '+85261234567'],
    ['00852 6123 4567', '+85261234567'],
    ['+853 6612 3456', '+85366123456'],
    ['+886 912 345 678', '+886912345678'],
    ['+1 (202) 555-0143', '+12025550143'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('accepts %s as %s', (raw, normalized) => {
    expect(normalizePhone(raw)).toBe(normalized)
  })

  it.each(['1234', '12812345678', '138123456789', '139****3464', '95588', '+852 123', ''])('refuses %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull()
  })

  it('shows a mainland mobile as its 11 digits, a landline with its area code, others with the country code', () => {
    expect(displayPhone('+8613812345678')).toBe('13812345678')
    expect(displayPhone('+8657188888888')).toBe('0571 8888 8888')
    expect(displayPhone('+85261234567')).toBe('+852 6123 4567')
  })

  it('masks the middle digits, keeping the country code of a number abroad', () => {
    expect(maskPhone('+8613812345678')).toBe('138****5678')
    expect(maskPhone('+8657188888888')).toBe('0571****8888')
    expect(maskPhone('+85261234567')).toBe('+852 61****67')
    expect(maskPhone('+12025550143')).toBe('+1 202***0143')
  })
})
