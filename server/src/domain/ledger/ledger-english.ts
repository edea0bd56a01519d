// The 台账 in English, for a user who chose English: the same columns and values under English names (the
// phone's English words). The import answers to these names too, so an English export comes back in.
import type { AgreementKind, ProjectStatus, SourceChannel, Stage, TalentClass } from '../../generated/prisma/enums.ts'
import type { LedgerField } from './ledger-columns.ts'

export const ledgerHeadersEn: Record<LedgerField, string> = {
  title: 'Project',
  talentName: 'Talent',
  talentClass: 'Talent class',
  phone: 'Mobile',
  employer: 'Employer',
  industry: 'Industry',
  sourceChannel: 'Source',
  referrer: 'Referrer',
  unit: 'Unit',
  owner: 'Owner',
  stage: 'Stage',
  status: 'Status',
  statusReason: 'Status notes',
  plannedInvestment: 'Planned investment (10k yuan)',
  registeredOn: 'Registered on',
  signedAt: 'Signed on',
  agreementKind: 'Agreement',
  investmentAgreed: 'Agreed investment (10k yuan)',
  landedAt: 'Landed on',
  companyName: 'Company',
  uscc: 'Unified social credit code',
  registeredCapital: 'Registered capital (10k yuan)',
  projectId: 'Project id',
  version: 'Version',
}

export const stageLabelsEn: Record<Stage, string> = {
  LEAD: 'Lead',
  CONTACTED: 'Contacted',
  VISITED: 'Visited',
  NEGOTIATING: 'Negotiating',
  SIGNED: 'Signed',
  LANDED: 'Landed',
  OPERATING: 'Operating',
}

export const statusLabelsEn: Record<ProjectStatus, string> = { ACTIVE: 'Active', ON_HOLD: 'On hold', LOST: 'Lost' }

export const channelLabelsEn: Record<SourceChannel, string> = {
  INVESTMENT_STAFF: 'Investment staff',
  TALENT_AMBASSADOR: 'Talent ambassador',
  REFERRAL: 'Referral',
  TECH_TOWN_LEADERS: 'Tech town leaders',
  UNIVERSITY: 'University or institute',
  AGENCY: 'Agency / headhunter',
  EVENT: 'Event / competition',
  SELF_RECOMMENDED: 'Self-recommended',
  OTHER: 'Other',
}

export const talentClassLabelsEn: Record<TalentClass, string> = {
  A: 'Class A',
  B: 'Class B',
  C: 'Class C',
  D: 'Class D',
  NONE: '',
}

export const agreementLabelsEn: Record<AgreementKind, string> = {
  TALENT_INTRODUCTION: 'Talent introduction agreement',
  INVESTMENT: 'Investment agreement',
  SETTLEMENT: 'Settlement agreement',
  COOPERATION: 'Cooperation agreement',
}

/** The sheet's own words around the columns. */
export const ledgerSheetWords = {
  'zh-CN': { sheet: '人才项目台账', number: '序号' },
  en: { sheet: 'Talent project ledger', number: 'No.' },
} as const
