// What importing each ledger row will do, decided against what the system already holds (passed in as plain
// data, so the rules are tested without a database):
// - the talent: an existing one with the same phone, or the same name at the same employer (duplicateReason,
//   as entering a talent by hand warns), or one an earlier row of the file introduces, or a new one;
// - the project: a row with the 项目编号 of an exported ledger is that project, UNCHANGED or UPDATED with the
//   fields that differ (ledger-update.ts: the stage machine's rules, and a stale 版本号 refused); a row
//   without one is new, or, when the talent already has a project of that name, SKIPPED with a note rather
//   than refused. A hand-kept ledger is sent again month after month, so the rows already in the system
//   are the normal case and must not block the new ones; without a 编号 and a 版本号 the import cannot
//   tell an edit from an old copy, so it changes nothing there.
// Rows a talent office must fix are errors: an unknown unit, a talent another unit actively follows (claim
// protection), a signing or landing of a talent another unit already signed or landed (credit once per
// talent), a USCC already registered, the same project twice in the file.
import type { UnitKind } from '../../generated/prisma/enums.ts'
import type { LedgerRowValues, ReadLedgerRow } from './ledger-row.ts'
import { duplicateReason, type DuplicateReason } from '../talent.ts'
import { maskName } from '../masking.ts'
import { checkRecording, doubleCreditMessage } from '../stage.ts'
import { statusLabels } from './ledger-labels.ts'
import type { FieldChange, LedgerProjectFacts, ProjectUpdate } from './ledger-update.ts'
import { planExportedRow, refused, squash } from './ledger-plan-exported.ts'

export interface KnownTalent {
  id: string
  name: string
  phone: string | null
  employer: string | null
  projects: {
    id: string
    title: string
    unitId: string
    unitName: string
    active: boolean
    /** The unit credited with its signing (it has one and reached 签约); null while it counts for none. */
    claim: { unitId: string; unitName: string } | null
  }[]
}

export interface KnownWorld {
  units: { id: string; name: string; code: string; kind: UnitKind }[]
  users: { id: string; name: string; unitId: string }[]
  talents: KnownTalent[]
  /** USCC → the company and project it is registered for. */
  usccs: Map<string, { companyName: string; projectId: string }>
  /** The projects the rows' 项目编号 name (those the system has). */
  projects: Map<string, LedgerProjectFacts>
}

export type TalentPlan =
  | { action: 'NEW' }
  | { action: 'EXISTING'; talentId: string; matchedBy: DuplicateReason | 'PROJECT' }
  | { action: 'SAME_AS_ROW'; rowNumber: number }

export interface RowPlan extends ReadLedgerRow {
  talent: TalentPlan | null
  project:
    | { action: 'CREATE' }
    | { action: 'SKIP' | 'UNCHANGED'; projectId: string }
    | { action: 'UPDATE'; projectId: string; update: ProjectUpdate }
    | null
  unitId: string | null
  ownerId: string | null
  changes: FieldChange[]
}

function findUnit(world: KnownWorld, name: string) {
  const key = squash(name)
  return world.units.find((unit) => squash(unit.name) === key || squash(unit.code) === key)
}

/** Rows of one talent share a key: the existing talent's id, or the row that introduces a new one. */
const keyOf = (talent: TalentPlan, rowNumber: number) =>
  talent.action === 'EXISTING'
    ? talent.talentId
    : `row ${talent.action === 'SAME_AS_ROW' ? talent.rowNumber : rowNumber}`

export function planLedgerImport(rows: ReadLedgerRow[], world: KnownWorld): RowPlan[] {
  type Earlier = {
    rowNumber: number
    values: LedgerRowValues
    talent: TalentPlan
    key: string
    unitName: string
    unitId: string
  }
  // The earlier rows by what duplicateReason compares (phone; name and employer) and by talent: a county's
  // ledger is thousands of rows, too many to compare each with every other.
  const earlierByPhone = new Map<string, Earlier>()
  const byPerson = new Map<string, Earlier>()
  const byTalent = new Map<string, Earlier[]>()
  const personKey = (values: LedgerRowValues) =>
    values.employer ? `${squash(values.talentName)}\u0000${squash(values.employer)}` : null
  const remember = (other: Earlier) => {
    const person = personKey(other.values)
    if (other.values.phone && !earlierByPhone.has(other.values.phone)) earlierByPhone.set(other.values.phone, other)
    if (person && !byPerson.has(person)) byPerson.set(person, other)
    byTalent.set(other.key, [...(byTalent.get(other.key) ?? []), other])
  }
  const usccRows = new Map<string, number>()
  const idRows = new Map<string, number>()
  /** The row that already gives this USCC, as a message; remembers this row's otherwise. */
  const usccRow = (uscc: string, rowNumber: number) => {
    const sameRow = usccRows.get(uscc)
    if (!sameRow) usccRows.set(uscc, rowNumber)
    return sameRow ? `统一社会信用代码 ${uscc} 与第 ${sameRow} 行重复` : null
  }
  return rows.map((row): RowPlan => {
    const values = row.values
    if (!values) return { ...row, talent: null, project: null, unitId: null, ownerId: null, changes: [] }
    const errors: string[] = []
    const notes = [...row.notes]
    if (values.projectId) {
      const twin = idRows.get(values.projectId)
      if (twin) return refused(row, [`项目编号与第 ${twin} 行相同：同一项目只能有一行`], notes)
      idRows.set(values.projectId, row.rowNumber)
      const current = world.projects.get(values.projectId)
      if (current) return planExportedRow(row, values, current, world, (uscc) => usccRow(uscc, row.rowNumber))
    }
    const unit = values.unitName ? findUnit(world, values.unitName) : undefined
    if (!values.unitName) errors.push('所属单位不能为空')
    else if (!unit) errors.push(`所属单位“${values.unitName}”不存在（请填写系统中的单位名称）`)
    else if (unit.kind === 'DEPARTMENT') errors.push(`“${unit.name}”是职能部门，不能承接人才项目`)

    let ownerId: string | null = null
    if (values.ownerName && unit) {
      const owners = world.users.filter(
        (user) => user.unitId === unit.id && squash(user.name) === squash(values.ownerName!),
      )
      if (owners.length === 1) ownerId = owners[0]!.id
      else
        notes.push(
          owners.length
            ? `负责人“${values.ownerName}”在${unit.name}有重名账号，暂不指定负责人`
            : `负责人“${values.ownerName}”不是${unit.name}的系统用户，暂不指定负责人`,
        )
    }

    const person = { name: values.talentName, phone: values.phone, employer: values.employer }
    const samePerson = personKey(values)
    const inFile = [
      values.phone ? earlierByPhone.get(values.phone) : undefined,
      samePerson ? byPerson.get(samePerson) : undefined,
    ]
      .filter((other) => other !== undefined)
      .sort((a, b) => a.rowNumber - b.rowNumber)[0]
    const matches = world.talents.flatMap((talent) => {
      const reason = duplicateReason(person, talent)
      return reason ? [{ talent, reason }] : []
    })
    const byPhone = matches.find((match) => match.reason === 'SAME_PHONE')
    let talent: TalentPlan = { action: 'NEW' }
    if (inFile)
      talent =
        inFile.talent.action === 'EXISTING'
          ? inFile.talent
          : { action: 'SAME_AS_ROW', rowNumber: Number(inFile.key.slice(4)) }
    else if (byPhone || matches.length === 1) {
      const match = byPhone ?? matches[0]!
      talent = { action: 'EXISTING', talentId: match.talent.id, matchedBy: match.reason }
    } else if (matches.length > 1)
      errors.push(
        `人才“${values.talentName}”与系统中 ${matches.length} 位人才同名同单位，无法确定是哪一位：请填写手机号或先合并重复人才`,
      )
    const key = keyOf(talent, row.rowNumber)
    const known = talent.action === 'EXISTING' ? world.talents.find((candidate) => candidate.id === key) : undefined
    const sameTalent = byTalent.get(key) ?? []
    // Claims follow the number too: another record with the same phone may be the one another unit follows.
    const samePhoneTalents = [
      ...(known ? [known] : []),
      ...matches.filter((match) => match.reason === 'SAME_PHONE').map((match) => match.talent),
    ]

    const sameTitle = (title: string) => squash(title) === squash(values.title)
    const existingProject = known?.projects.find((project) => sameTitle(project.title))
    const twin = sameTalent.find((other) => sameTitle(other.values.title))
    if (twin) errors.push(`与第 ${twin.rowNumber} 行是同一人才的同名项目，重复填写`)

    if (!existingProject && unit && values.status === 'ACTIVE') {
      const others = new Set([
        ...samePhoneTalents
          .flatMap((person) => person.projects)
          .filter((project) => project.active && project.unitId !== unit.id)
          .map((project) => project.unitName),
        ...sameTalent
          .filter((other) => other.values.status === 'ACTIVE' && other.unitId !== unit.id)
          .map((other) => other.unitName),
      ])
      if (others.size)
        errors.push(
          `该人才（${maskName(values.talentName)}）正由${[...others].join('、')}跟进，不能重复立项；如需改由本单位跟进请先协调`,
        )
    }

    if ((values.signing || values.landing) && !existingProject && unit) {
      const holders = new Set([
        ...samePhoneTalents
          .flatMap((person) => person.projects)
          .flatMap((project) => (project.claim && project.claim.unitId !== unit.id ? [project.claim.unitName] : [])),
        ...sameTalent
          .filter((other) => (other.values.signing || other.values.landing) && other.unitId !== unit.id)
          .map((other) => other.unitName),
      ])
      if (holders.size) errors.push(doubleCreditMessage([...holders].join('、')))
      // A new project's signing or landing only while it is followed, as in the app and the database.
      const recording = checkRecording(values.signing ? 'signing' : 'landing', {
        status: values.status,
        hasSigning: true,
      })
      if (!recording.ok) errors.push(recording.message)
    }

    if (values.landing && !existingProject) {
      const company = world.usccs.get(values.landing.uscc)
      if (company)
        errors.push(`统一社会信用代码 ${values.landing.uscc} 已登记在系统中的另一个项目（${company.companyName}）`)
      const sameRow = usccRow(values.landing.uscc, row.rowNumber)
      if (sameRow) errors.push(sameRow)
    }

    if (errors.length) return refused(row, errors, notes)
    if (talent.action === 'EXISTING')
      notes.push(
        `沿用系统中已有的人才档案（${talent.matchedBy === 'SAME_PHONE' ? '手机号相同' : '姓名与工作单位相同'}）`,
      )
    if (talent.action === 'SAME_AS_ROW') notes.push(`与第 ${talent.rowNumber} 行为同一人才`)
    if (existingProject)
      notes.push(
        `系统中已有该人才的同名项目（${existingProject.unitName}）；本行没有项目编号，跳过，不做修改。要修改已有项目，请导出台账，在导出的文件中修改后再导入`,
      )
    else {
      remember({ rowNumber: row.rowNumber, values, talent, key, unitName: unit!.name, unitId: unit!.id })
      if (values.status !== 'ACTIVE' && !values.givenStatusReason)
        notes.push(`状态为“${statusLabels[values.status]}”但未写原因，记为“台账导入”`)
    }
    return {
      ...row,
      notes,
      talent,
      project: existingProject ? { action: 'SKIP', projectId: existingProject.id } : { action: 'CREATE' },
      unitId: unit!.id,
      ownerId,
      changes: [],
    }
  })
}
