// The words a county ledger (台账) uses for stages, statuses, channels, talent classes and agreements:
// what the export writes, and what the import accepts besides (the enum code, common short forms).
import type { AgreementKind, ProjectStatus, SourceChannel, Stage, TalentClass } from '../../generated/prisma/enums.ts'
import {
  projectStatusLabels as statusLabels,
  sourceChannelLabels as channelLabels,
  stageLabels,
} from '@talent/rules/labels'
import {
  agreementLabelsEn,
  channelLabelsEn,
  stageLabelsEn,
  statusLabelsEn,
  talentClassLabelsEn,
} from './ledger-english.ts'

// The names the phone shows too (@talent/rules/labels).
export { channelLabels, stageLabels, statusLabels }

/** NONE is written as an empty cell: a ledger leaves the class blank for talents outside A–D. */
export const talentClassLabels: Record<TalentClass, string> = { A: 'A类', B: 'B类', C: 'C类', D: 'D类', NONE: '' }

export const agreementLabels: Record<AgreementKind, string> = {
  TALENT_INTRODUCTION: '人才引进协议',
  INVESTMENT: '投资协议',
  SETTLEMENT: '入驻协议',
  COOPERATION: '合作协议',
}

// Other ways ledgers kept by hand write the same thing.
const stageVariants: Record<string, Stage> = {
  落地: 'LANDED',
  注册: 'LANDED',
  已落地: 'LANDED',
  投产: 'OPERATING',
  运营: 'OPERATING',
  已签约: 'SIGNED',
  在谈: 'NEGOTIATING',
  对接: 'CONTACTED',
  已接洽: 'CONTACTED',
  已考察: 'VISITED',
}
const statusVariants: Record<string, ProjectStatus> = {
  正常: 'ACTIVE',
  在跟进: 'ACTIVE',
  跟进: 'ACTIVE',
  推进中: 'ACTIVE',
  流失: 'LOST',
  终止: 'LOST',
  暂停: 'ON_HOLD',
  搁置: 'ON_HOLD',
}
const channelVariants: Record<string, SourceChannel> = {
  招商: 'INVESTMENT_STAFF',
  招商引资: 'INVESTMENT_STAFF',
  招才: 'TALENT_AMBASSADOR',
  熟人推荐: 'REFERRAL',
  朋友圈: 'REFERRAL',
  推荐: 'REFERRAL',
  朋友推荐: 'REFERRAL',
  科技镇长: 'TECH_TOWN_LEADERS',
  高校: 'UNIVERSITY',
  院所: 'UNIVERSITY',
  科研院所: 'UNIVERSITY',
  中介: 'AGENCY',
  猎头: 'AGENCY',
  活动: 'EVENT',
  赛事: 'EVENT',
  大赛: 'EVENT',
  自荐: 'SELF_RECOMMENDED',
}
const classVariants: Record<string, TalentClass> = {
  国际国内顶尖人才: 'A',
  国家级领军人才: 'B',
  省部级领军人才: 'C',
  市级及以下人才: 'D',
  其他高层次人才: 'D',
  '市级及以下/其他高层次人才': 'D',
  无: 'NONE',
  其他: 'NONE',
  未定: 'NONE',
  未认定: 'NONE',
}
const agreementVariants: Record<string, AgreementKind> = {
  引进协议: 'TALENT_INTRODUCTION',
  人才协议: 'TALENT_INTRODUCTION',
  投资: 'INVESTMENT',
  入驻: 'SETTLEMENT',
  合作: 'COOPERATION',
}

/** A label as people type it: no spaces, half-width brackets and slashes, upper-case letters. */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/／/g, '/').toUpperCase()
}

// An English export's words come back as well as the Chinese.
function lookup<T extends string>(labels: Record<T, string>, variants: Record<string, T>, english: Record<T, string>) {
  const table = new Map<string, T>()
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    table.set(normalizeLabel(code), code)
    if (label) table.set(normalizeLabel(label), code)
    if (english[code]) table.set(normalizeLabel(english[code]), code)
  }
  for (const [label, code] of Object.entries(variants)) table.set(normalizeLabel(label), code)
  return (text: string): T | undefined => table.get(normalizeLabel(text))
}

export const stageOf = lookup(stageLabels, stageVariants, stageLabelsEn)
export const statusOf = lookup(statusLabels, statusVariants, statusLabelsEn)
export const channelOf = lookup(channelLabels, channelVariants, channelLabelsEn)
const classByLabel = lookup(talentClassLabels, classVariants, talentClassLabelsEn)
/** A类, A, A类人才, A类（国际国内顶尖人才） all read as A. */
export const talentClassOf = (text: string): TalentClass | undefined =>
  classByLabel(text) ?? classByLabel(normalizeLabel(text).replace(/^(?:CLASS)?([A-D])(类.*)?$/, '$1'))
export const agreementOf = lookup(agreementLabels, agreementVariants, agreementLabelsEn)

/** The labels an unrecognised cell should have used, for the row's message. */
export const allowed = (labels: Record<string, string>) => Object.values(labels).filter(Boolean).join('、')
