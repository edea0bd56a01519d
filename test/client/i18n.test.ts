import { describe, expect, it } from 'vitest'
import { zhCN } from '../../client/src/i18n/zh-CN.ts'
import { en } from '../../client/src/i18n/en.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('message catalogues', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort())
  })

  it('have no empty message, and the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(zhCN)) {
      const english = en[key as keyof typeof zhCN]
      expect(text.trim(), key).not.toBe('')
      expect(english.trim(), key).not.toBe('')
      expect(placeholders(english), key).toEqual(placeholders(text))
    }
  })

  it('name every stage and source channel in Chinese', () => {
    expect(zhCN['stage.LANDED']).toBe('落地注册')
    expect(zhCN['source.TECH_TOWN_LEADERS']).toBe('科技镇长团')
  })
})
