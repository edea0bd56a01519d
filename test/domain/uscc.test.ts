import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isValidUscc, makeUscc, usccCheckCharacter, usccProblem } from '@talent/rules/uscc'

describe('统一社会信用代码', () => {
  it('accepts real published codes', () => {
    // Codes printed on public business licences.
    expect(isValidUscc('91110000802100433B')).toBe(true) // 中国石油化工股份有限公司
    expect(isValidUscc('91440300708461136T')).toBe(true) // 华为技术有限公司
    expect(isValidUscc(' 91110000802100433b ')).toBe(true)
  })

  it('refuses a wrong check character with a Chinese reason', () => {
    expect(usccProblem('91110000802100433C')).toMatch(/校验位/)
  })

  it('refuses the wrong length and letters the standard leaves out', () => {
    expect(usccProblem('9111000080210043')).toMatch(/18位/)
    expect(usccProblem('9111000080210043OB')).toMatch(/不允许的字符/)
  })

  it('finds every single-character typo', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    const body = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 9, maxLength: 9 })
    fc.assert(
      fc.property(
        fc.integer({ min: 100000, max: 999999 }),
        body,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 30 }),
        (area, rest, position, shift) => {
          const code = makeUscc(`91${area}${rest}`)
          expect(isValidUscc(code)).toBe(true)
          const original = alphabet.indexOf(code[position]!)
          let replacement = alphabet[(original + shift) % 31]!
          if (position >= 2 && position < 8) replacement = String((Number(code[position]) + (shift % 9) + 1) % 10)
          const typo = code.slice(0, position) + replacement + code.slice(position + 1)
          expect(isValidUscc(typo)).toBe(false)
        },
      ),
    )
  })

  it('computes no check character for characters outside the alphabet', () => {
    expect(usccCheckCharacter('9111000080210043I')).toBeNull()
  })
})
