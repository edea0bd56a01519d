// What an exported ledger row that comes back edited does to its project (the row's 项目编号): each field
// that differs, before → after as the ledger writes it, and the writes that apply it. Stage and status go
// through the stage machine (stage.ts) as the stage form does; signing and landing days meet the rules of
// signing-landing.ts. What a ledger row cannot change is said: the unit (it moves credit and claims) and
// deleting a signing or landing are row errors; the talent's own data (kept once for all of the talent's
// projects) and the registration day are notes and stay as they are.
import type { AgreementKind, ProjectStatus, SourceChannel, Stage, TalentClass } from '../../generated/prisma/enums.ts'
import type { LedgerField } from './ledger-columns.ts'
import { agreementLabels, channelLabels, stageLabels, statusLabels } from './ledger-labels.ts'
import type { LedgerRowValues } from './ledger-row.ts'
import { checkStageMove, checkStatusChange, stageIndex } from '@talent/rules/stage'

/** A project as the ledger exports it, with what an update needs to decide. */
export interface LedgerProjectFacts {
  id: string
  /** The project's own version, which the update is conditional on. */
  projectVersion: number
  /** The ledger's 版本号: project, signing and landing versions added, so any change to any of them moves it. */
  version: number
  writable: boolean
  talentId: string
  unitId: string
  unitName: string
  ownerName: string | null
  title: string
  industry: string | null
  sourceChannel: SourceChannel
  referrer: string | null
  stage: Stage
  status: ProjectStatus
  statusReason: string | null
  plannedInvestment: string | null
  registeredCapital: string | null
  registeredOn: string
  talent: { name: string; phone: string | null; employer: string | null; talentClass: TalentClass }
  signing: { signedAt: string; agreementKind: AgreementKind; investmentAgreed: string | null } | null
  landing: { registeredAt: string; companyName: string; uscc: string; registeredCapital: string | null } | null
}

export interface FieldChange {
  field: LedgerField
  before: string | null
  after: string | null
}

export interface ProjectUpdate {
  projectId: string
  projectVersion: number
  fields: {
    title?: string
    industry?: string | null
    sourceChannel?: SourceChannel
    referrer?: string | null
    plannedInvestment?: string | null
    registeredCapital?: string | null
    ownerId?: string
    statusReason?: string | null
  }
  stage: Stage | null
  status: { to: ProjectStatus; reason: string | null } | null
  signing: NonNullable<LedgerRowValues['signing']> | null
  landing: NonNullable<LedgerRowValues['landing']> | null
  changes: FieldChange[]
}

export type UpdateVerdict = { errors: string[]; notes: string[]; update: ProjectUpdate }

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '').toLowerCase()
const sameMoney = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Number(a) === Number(b))

/**
 * The verdict on an exported row against its project;
 * `ownerIdOf` finds an active user of the project's unit by name.
 */
export function ledgerUpdate(
  values: LedgerRowValues,
  current: LedgerProjectFacts,
  ownerIdOf: (name: string) => string | null | 'AMBIGUOUS',
): UpdateVerdict {
  const errors: string[] = []
  const notes: string[] = []
  const changes: FieldChange[] = []
  const update: ProjectUpdate = {
    projectId: current.id,
    projectVersion: current.projectVersion,
    fields: {},
    stage: null,
    status: null,
    signing: null,
    landing: null,
    changes,
  }
  const change = (field: LedgerField, before: string | null, after: string | null) =>
    changes.push({ field, before, after })

  if (squash(values.unitName) !== squash(current.unitName))
    errors.push(`所属单位不能通过台账修改（该项目属于${current.unitName}）：请联系人才办调整`)
  if (values.title !== current.title) {
    update.fields.title = values.title
    change('title', current.title, values.title)
  }
  if ((values.industry ?? null) !== current.industry) {
    update.fields.industry = values.industry
    change('industry', current.industry, values.industry)
  }
  if (values.sourceChannel !== current.sourceChannel) {
    update.fields.sourceChannel = values.sourceChannel
    change('sourceChannel', channelLabels[current.sourceChannel], channelLabels[values.sourceChannel])
  }
  if ((values.referrer ?? null) !== current.referrer) {
    update.fields.referrer = values.referrer
    change('referrer', current.referrer, values.referrer)
  }
  if (!sameMoney(values.plannedInvestment, current.plannedInvestment)) {
    update.fields.plannedInvestment = values.plannedInvestment
    change('plannedInvestment', current.plannedInvestment, values.plannedInvestment)
  }
  if (values.ownerName && squash(values.ownerName) !== squash(current.ownerName)) {
    const ownerId = ownerIdOf(values.ownerName)
    if (ownerId === 'AMBIGUOUS')
      errors.push(`负责人“${values.ownerName}”在${current.unitName}有重名账号：请在项目页面指定负责人`)
    else if (!ownerId) errors.push(`负责人“${values.ownerName}”须是${current.unitName}的在岗人员`)
    else {
      update.fields.ownerId = ownerId
      change('owner', current.ownerName, values.ownerName)
    }
  } else if (!values.ownerName && current.ownerName) notes.push('负责人为空：不取消负责人（请在项目页面调整）')

  // Signing and landing: recorded or corrected, never deleted from a ledger.
  const signing = values.signing
  if (!signing && current.signing)
    errors.push(`签约信息不能通过台账删除（系统中签约日期为 ${current.signing.signedAt}）`)
  if (signing) {
    const was = current.signing
    const before = {
      signedAt: was?.signedAt ?? null,
      agreementKind: was ? agreementLabels[was.agreementKind] : null,
      investmentAgreed: was?.investmentAgreed ?? null,
    }
    const size = changes.length
    if (signing.signedAt !== before.signedAt) change('signedAt', before.signedAt, signing.signedAt)
    if (signing.agreementKind !== was?.agreementKind)
      change('agreementKind', before.agreementKind, agreementLabels[signing.agreementKind])
    if (!sameMoney(signing.investmentAgreed, before.investmentAgreed))
      change('investmentAgreed', before.investmentAgreed, signing.investmentAgreed)
    if (changes.length > size) update.signing = signing
  }
  const landing = values.landing
  if (!landing && current.landing)
    errors.push(`落地信息不能通过台账删除（系统中企业为 ${current.landing.companyName}）`)
  const capitalBefore = current.landing?.registeredCapital ?? current.registeredCapital
  if (landing) {
    const was = current.landing
    const size = changes.length
    if (landing.registeredAt !== was?.registeredAt) change('landedAt', was?.registeredAt ?? null, landing.registeredAt)
    if (landing.companyName !== was?.companyName) change('companyName', was?.companyName ?? null, landing.companyName)
    if (landing.uscc !== was?.uscc) change('uscc', was?.uscc ?? null, landing.uscc)
    if (!sameMoney(landing.registeredCapital, capitalBefore))
      change('registeredCapital', capitalBefore, landing.registeredCapital)
    if (changes.length > size) update.landing = landing
  } else if (!sameMoney(values.registeredCapital, capitalBefore)) {
    update.fields.registeredCapital = values.registeredCapital
    change('registeredCapital', capitalBefore, values.registeredCapital)
  }

  stageAndStatus(values, current, update, errors)

  const talent = current.talent
  const talentEdited = [
    values.talentName !== talent.name && '人才姓名',
    values.talentClass !== talent.talentClass && '人才类别',
    (values.phone ?? null) !== talent.phone && '手机号',
    squash(values.employer) !== squash(talent.employer) && '工作单位',
  ].filter(Boolean)
  if (talentEdited.length)
    notes.push(`${talentEdited.join('、')}是人才档案的内容，未通过台账修改（请在人才档案中修改）`)
  if (values.registeredOn && values.registeredOn !== current.registeredOn)
    notes.push(`登记日期不能修改，仍为 ${current.registeredOn}`)
  return { errors, notes, update }
}

/**
 * Stage and status as the stage form moves them: resuming first when the row resumes,
 * so the move is made while active.
 */
function stageAndStatus(values: LedgerRowValues, current: LedgerProjectFacts, update: ProjectUpdate, errors: string[]) {
  const resumes = values.status === 'ACTIVE' && current.status !== 'ACTIVE'
  const statusMove = () => {
    const reason = values.givenStatusReason
    const verdict = checkStatusChange({ from: current.status, to: values.status, reason })
    if (!verdict.ok)
      return errors.push(
        `状态不能从“${statusLabels[current.status]}”改为“${statusLabels[values.status]}”：${verdict.message}`,
      )
    update.status = { to: values.status, reason }
    update.changes.push({ field: 'status', before: statusLabels[current.status], after: statusLabels[values.status] })
    if (reason !== current.statusReason)
      update.changes.push({ field: 'statusReason', before: current.statusReason, after: reason })
  }
  if (resumes) statusMove()
  if (values.stage !== current.stage) {
    const verdict = checkStageMove({
      from: current.stage,
      to: values.stage,
      status: resumes ? 'ACTIVE' : current.status,
      reason: null,
      hasSigning: values.signing !== null,
      hasValidLanding: values.landing !== null,
    })
    const back =
      stageIndex(values.stage) < stageIndex(current.stage) ? '：台账没有填写原因的地方，请在项目页面回退' : ''
    if (!verdict.ok)
      errors.push(
        `阶段不能从“${stageLabels[current.stage]}”改为“${stageLabels[values.stage]}”：${verdict.message}${back}`,
      )
    else {
      update.stage = values.stage
      update.changes.push({ field: 'stage', before: stageLabels[current.stage], after: stageLabels[values.stage] })
    }
  }
  if (!resumes && values.status !== current.status) statusMove()
  else if (
    values.status === current.status &&
    values.status !== 'ACTIVE' &&
    values.givenStatusReason &&
    values.givenStatusReason !== current.statusReason
  ) {
    update.fields.statusReason = values.givenStatusReason
    update.changes.push({ field: 'statusReason', before: current.statusReason, after: values.givenStatusReason })
  }
}

type Versioned = { version: number }
/**
 * The 版本号 the export writes: it moves whenever the project, its signing or its landing changes
 * (versions only grow).
 */
export const ledgerVersion = (project: Versioned & { signing: Versioned | null; landing: Versioned | null }) =>
  project.version + (project.signing?.version ?? 0) + (project.landing?.version ?? 0)
