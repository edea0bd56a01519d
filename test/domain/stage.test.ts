import { describe, expect, it } from 'vitest'
import { checkStageMove, checkStatusChange, type StageMoveFacts } from '@talent/rules/stage'
import { checkRecording } from '../../server/src/domain/stage.ts'

const move = (facts: Partial<StageMoveFacts>) =>
  checkStageMove({
    from: 'LEAD',
    to: 'CONTACTED',
    status: 'ACTIVE',
    hasSigning: false,
    hasValidLanding: false,
    ...facts,
  })

describe('the stage machine', () => {
  it('moves forward one or more stages', () => {
    expect(move({ from: 'LEAD', to: 'CONTACTED' })).toEqual({ ok: true, direction: 'forward' })
    expect(move({ from: 'LEAD', to: 'NEGOTIATING' })).toEqual({ ok: true, direction: 'forward' })
  })

  it('needs a signing to enter or pass SIGNED', () => {
    expect(move({ from: 'NEGOTIATING', to: 'SIGNED' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('签约信息'),
    })
    expect(move({ from: 'VISITED', to: 'LANDED', hasValidLanding: true })).toMatchObject({ ok: false })
    expect(move({ from: 'NEGOTIATING', to: 'SIGNED', hasSigning: true })).toEqual({ ok: true, direction: 'forward' })
  })

  it('needs a landing with a valid USCC to enter or pass LANDED', () => {
    expect(move({ from: 'SIGNED', to: 'LANDED', hasSigning: true })).toMatchObject({
      ok: false,
      message: expect.stringContaining('统一社会信用代码'),
    })
    expect(move({ from: 'SIGNED', to: 'OPERATING', hasSigning: true, hasValidLanding: true })).toMatchObject({
      ok: true,
    })
  })

  it('does not ask for gates already passed', () => {
    expect(move({ from: 'LANDED', to: 'OPERATING' })).toEqual({ ok: true, direction: 'forward' })
  })

  it('goes back exactly one stage, with a reason', () => {
    expect(move({ from: 'VISITED', to: 'CONTACTED', reason: '考察后人才暂无意向，重新接洽' })).toEqual({
      ok: true,
      direction: 'back',
    })
    expect(move({ from: 'VISITED', to: 'CONTACTED', reason: '  ' })).toMatchObject({
      ok: false,
      message: '回退阶段须填写原因',
    })
    expect(move({ from: 'NEGOTIATING', to: 'CONTACTED', reason: '重新评估' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('只能回退一个阶段'),
    })
  })

  it('refuses a move to the same stage, and any move of a lost or paused project', () => {
    expect(move({ from: 'VISITED', to: 'VISITED' })).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(move({ status: 'LOST' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('已流失'),
    })
    expect(move({ status: 'ON_HOLD' })).toMatchObject({ ok: false, message: expect.stringContaining('已暂缓') })
  })
})

describe('project status', () => {
  it('needs a reason to mark a project lost or on hold, none to reactivate it', () => {
    expect(checkStatusChange({ from: 'ACTIVE', to: 'LOST' })).toMatchObject({
      ok: false,
      message: '标记流失须填写原因',
    })
    expect(checkStatusChange({ from: 'ACTIVE', to: 'ON_HOLD', reason: '人才出国访学一年' })).toMatchObject({ ok: true })
    expect(checkStatusChange({ from: 'LOST', to: 'ACTIVE' })).toMatchObject({ ok: true })
  })

  it('goes through ACTIVE between ON_HOLD and LOST', () => {
    expect(checkStatusChange({ from: 'ON_HOLD', to: 'LOST', reason: '已落户外地' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    })
  })
})

describe('recording a signing or landing', () => {
  it(
    'happens on a followed project at any stage (the signing opens the way to 签约), ' + 'a landing after its signing',
    () => {
      expect(checkRecording('signing', { status: 'ACTIVE', hasSigning: false })).toEqual({ ok: true })
      expect(checkRecording('landing', { status: 'ACTIVE', hasSigning: true })).toEqual({ ok: true })
      expect(checkRecording('landing', { status: 'ACTIVE', hasSigning: false })).toEqual({
        ok: false,
        code: 'CONFLICT',
        message: '请先登记签约信息，再登记落地企业',
      })
    },
  )

  it('is refused on a lost or paused project, saying why', () => {
    expect(checkRecording('signing', { status: 'LOST', hasSigning: false })).toMatchObject({
      ok: false,
      message: '项目已流失，不能登记签约信息：签约、落地只登记在跟进中的项目上',
    })
    expect(checkRecording('landing', { status: 'ON_HOLD', hasSigning: true })).toMatchObject({
      ok: false,
      message: '项目已暂缓，不能登记落地企业：签约、落地只登记在跟进中的项目上',
    })
  })
})
