// What importing each ledger row will do, decided against what the system already holds (passed in as plain
// data, so the rules are tested without a database):
// - the talent: an existing one with the same phone, or the same name at the same employer (duplicateReason,
//   as entering a talent by hand warns), or one an earlier row of the file introduces, or a new one;
// - the project: new, or a duplicate of an existing project of the same talent with the same name, which is
//   SKIPPED with a note rather than refused. A ledger is kept up and sent again month after month, so the
//   rows already in the system are the normal case and must not block the new ones; the import never
//   changes an existing project (changes go through the app, with their history and versions).
// Rows a talent office must fix are errors: an unknown unit, a talent another unit actively follows (claim
// protection), a USCC already registered, the same project twice in the file.
import type { UnitKind } from '../generated/prisma/enums.ts'
import type { LedgerRowValues, ReadLedgerRow } from './ledger-row.ts'
import { duplicateReason, type DuplicateReason } from './talent.ts'
import { maskName } from './masking.ts'

export interface KnownTalent {
  id: string
  name: string
  phone: string | null
  employer: string | null
  projects: { id: string; title: string; unitId: string; unitName: string; active: boolean }[]
}

export interface KnownWorld {
  units: { id: string; name: string; code: string; kind: UnitKind }[]
  users: { id: string; name: string; unitId: string }[]
  talents: KnownTalent[]
  /** USCC → the company it is registered for. */
  usccs: Map<string, string>
}

export type TalentPlan =
  | { action: 'NEW' }
  | { action: 'EXISTING'; talentId: string; matchedBy: DuplicateReason }
  | { action: 'SAME_AS_ROW'; rowNumber: number }

export interface RowPlan extends ReadLedgerRow {
  talent: TalentPlan | null
  project: { action: 'CREATE' } | { action: 'SKIP'; projectId: string } | null
  unitId: string | null
  ownerId: string | null
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase()

function findUnit(world: KnownWorld, name: string) {
  const key = squash(name)
  return world.units.find((unit) => squash(unit.name) === key || squash(unit.code) === key)
}

/** Rows of one talent share a key: the existing talent's id, or the row that introduces a new one. */
const keyOf = (talent: TalentPlan, rowNumber: number) =>
  talent.action === 'EXISTING' ? talent.talentId : `row ${talent.action === 'SAME_AS_ROW' ? talent.rowNumber : rowNumber}`

export function planLedgerImport(rows: ReadLedgerRow[], world: KnownWorld): RowPlan[] {
  const earlier: { rowNumber: number; values: LedgerRowValues; talent: TalentPlan; key: string; unitName: string; unitId: string }[] = []
  const usccRows = new Map<string, number>()
  return rows.map((row): RowPlan => {
    const values = row.values
    if (!values) return { ...row, talent: null, project: null, unitId: null, ownerId: null }
    const errors: string[] = []
    const notes = [...row.notes]
    const unit = values.unitName ? findUnit(world, values.unitName) : undefined
    if (!values.unitName) errors.push('所属单位不能为空')
    else if (!unit) errors.push(`所属单位“${values.unitName}”不存在（请填写系统中的单位名称）`)
    else if (unit.kind === 'DEPARTMENT') errors.push(`“${unit.name}”是职能部门，不能承接人才项目`)

    let ownerId: string | null = null
    if (values.ownerName && unit) {
      const owners = world.users.filter((user) => user.unitId === unit.id && squash(user.name) === squash(values.ownerName!))
      if (owners.length === 1) ownerId = owners[0]!.id
      else notes.push(owners.length ? `负责人“${values.ownerName}”在${unit.name}有重名账号，暂不指定负责人` : `负责人“${values.ownerName}”不是${unit.name}的系统用户，暂不指定负责人`)
    }

    const person = { name: values.talentName, phone: values.phone, employer: values.employer }
    const inFile = earlier.find((other) => duplicateReason(person, { name: other.values.talentName, phone: other.values.phone, employer: other.values.employer }))
    const matches = world.talents.flatMap((talent) => {
      const reason = duplicateReason(person, talent)
      return reason ? [{ talent, reason }] : []
    })
    const byPhone = matches.find((match) => match.reason === 'SAME_PHONE')
    let talent: TalentPlan = { action: 'NEW' }
    if (inFile) talent = inFile.talent.action === 'EXISTING' ? inFile.talent : { action: 'SAME_AS_ROW', rowNumber: Number(inFile.key.slice(4)) }
    else if (byPhone || matches.length === 1) {
      const match = byPhone ?? matches[0]!
      talent = { action: 'EXISTING', talentId: match.talent.id, matchedBy: match.reason }
    } else if (matches.length > 1) errors.push(`人才“${values.talentName}”与系统中 ${matches.length} 位人才同名同单位，无法确定是哪一位：请填写手机号或先合并重复人才`)
    const key = keyOf(talent, row.rowNumber)
    const known = talent.action === 'EXISTING' ? world.talents.find((candidate) => candidate.id === key) : undefined
    const sameTalent = earlier.filter((other) => other.key === key)
    // Claims follow the number too: another record with the same phone may be the one another unit follows.
    const samePerson = [...(known ? [known] : []), ...matches.filter((match) => match.reason === 'SAME_PHONE').map((match) => match.talent)]

    const sameTitle = (title: string) => squash(title) === squash(values.title)
    const existingProject = known?.projects.find((project) => sameTitle(project.title))
    const twin = sameTalent.find((other) => sameTitle(other.values.title))
    if (twin) errors.push(`与第 ${twin.rowNumber} 行是同一人才的同名项目，重复填写`)

    if (!existingProject && unit && values.status === 'ACTIVE') {
      const others = new Set([
        ...samePerson.flatMap((person) => person.projects).filter((project) => project.active && project.unitId !== unit.id).map((project) => project.unitName),
        ...sameTalent.filter((other) => other.values.status === 'ACTIVE' && other.unitId !== unit.id).map((other) => other.unitName),
      ])
      if (others.size) errors.push(`该人才（${maskName(values.talentName)}）正由${[...others].join('、')}跟进，不能重复立项；如需改由本单位跟进请先协调`)
    }

    if (values.landing && !existingProject) {
      const company = world.usccs.get(values.landing.uscc)
      if (company) errors.push(`统一社会信用代码 ${values.landing.uscc} 已登记在系统中的另一个项目（${company}）`)
      const sameRow = usccRows.get(values.landing.uscc)
      if (sameRow) errors.push(`统一社会信用代码 ${values.landing.uscc} 与第 ${sameRow} 行重复`)
      else usccRows.set(values.landing.uscc, row.rowNumber)
    }

    if (errors.length) return { ...row, values: null, errors, notes, talent: null, project: null, unitId: null, ownerId: null }
    if (talent.action === 'EXISTING') notes.push(`沿用系统中已有的人才档案（${talent.matchedBy === 'SAME_PHONE' ? '手机号相同' : '姓名与工作单位相同'}）`)
    if (talent.action === 'SAME_AS_ROW') notes.push(`与第 ${talent.rowNumber} 行为同一人才`)
    if (existingProject) notes.push(`系统中已有该人才的同名项目（${existingProject.unitName}），跳过，不做修改`)
    else earlier.push({ rowNumber: row.rowNumber, values, talent, key, unitName: unit!.name, unitId: unit!.id })
    return { ...row, notes, talent, project: existingProject ? { action: 'SKIP', projectId: existingProject.id } : { action: 'CREATE' }, unitId: unit!.id, ownerId }
  })
}
