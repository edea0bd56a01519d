// The talent details the assessment counts, and consent. Staff set birth year, sector and team; only the
// office certifies the class. A withdrawn consent masks the contact data for everyone, the office included,
// revealContact refuses, the talent's lead stops showing in the lead lists and reminders, and no new project
// is opened for the talent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { globalId, ids, mutate, op, smallCounty, talentWithProject, type Agent } from '../support/pipeline.ts'
import { CreateProject } from '../support/documents.ts'
import {
  LeadTitles,
  RevealTalentContact,
  TalentContactView,
  UpdateTalentDetails,
  WithdrawConsent,
} from '../support/talent-detail-documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let talent: Awaited<ReturnType<typeof talentWithProject>>

const version = async (id: string) => (await db.prisma.talent.findUniqueOrThrow({ where: { id } })).version
const viewOf = async (agent: Agent, id = talent.talentId) => {
  const node = (await agent.request(TalentContactView, { id: globalId('Talent', id) })).data?.node
  return node && 'phone' in node ? node : undefined
}
const leadIds = async (agent: Agent) => {
  const result = await agent.request(LeadTitles, { stage: ['LEAD'] })
  return {
    leads: result.data?.projects.edges.map((edge) => edge.node.uuid) ?? [],
    overdue: result.data?.overdue.map((project) => project.uuid) ?? [],
  }
}

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  talent = await talentWithProject(county.agents.eastStaff, {
    name: '王五',
    phone: '13812345678',
    email: 'wang@example.com',
  })
  // Due for a follow-up yesterday: the owner's 今日 lists it as overdue.
  await db.prisma.project.update({
    where: { id: talent.projectId },
    data: { nextFollowUpAt: new Date(Date.now() - 86_400_000) },
  })
}, 120_000)
afterAll(() => db?.close())

describe('talent details', () => {
  it('are set by whoever may edit the talent: birth year, sector, team', async () => {
    const result = await mutate(county.agents.eastStaff, UpdateTalentDetails, {
      ...op(),
      id: talent.talentId,
      version: await version(talent.talentId),
      birthYear: 1995,
      sector: 'ENTERPRISE',
      talentTeam: 'PROFESSIONAL_TECHNICAL',
    })
    expect(result.data).toMatchObject({ birthYear: 1995, sector: 'ENTERPRISE', talentTeam: 'PROFESSIONAL_TECHNICAL' })
  })

  it('leave the class to the office: staff and managers are FORBIDDEN and nothing changes', async () => {
    for (const agent of [county.agents.eastStaff, county.agents.eastManager]) {
      const before = await db.prisma.talent.findUniqueOrThrow({ where: { id: talent.talentId } })
      const audits = await db.prisma.auditLog.count()
      const result = await mutate(agent, UpdateTalentDetails, {
        ...op(),
        id: talent.talentId,
        version: before.version,
        talentClass: 'A',
        birthYear: 1990,
      })
      expect(result).toMatchObject({
        code: 'FORBIDDEN',
        errors: [{ extensions: { detail: '人才类别由人才办认定，其他人不能修改' } }],
      })
      expect(await db.prisma.talent.findUniqueOrThrow({ where: { id: talent.talentId } })).toEqual(before)
      expect(await db.prisma.auditLog.count()).toBe(audits)
    }
    const same = await mutate(county.agents.eastStaff, UpdateTalentDetails, {
      ...op(),
      id: talent.talentId,
      version: await version(talent.talentId),
      talentClass: 'NONE',
    })
    expect(same.errors).toBeUndefined()
    const byOffice = await mutate(county.agents.admin, UpdateTalentDetails, {
      ...op(),
      id: talent.talentId,
      version: await version(talent.talentId),
      talentClass: 'B',
    })
    expect(byOffice.data).toMatchObject({ talentClass: 'B' })
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: talent.talentId, action: 'updateTalent', actorId: county.people.admin.id },
    })
    expect(audit.changes).toEqual({ before: { talentClass: 'NONE' }, after: { talentClass: 'B' } })
  })
})

describe('consent withdrawal', () => {
  it('is refused to those who may not edit the talent, and needs a note', async () => {
    const input = { ...op(), talentId: talent.talentId, note: '电话中表示不再同意' }
    expect((await mutate(county.agents.westManager, WithdrawConsent, input)).code).toBe('NOT_FOUND')
    expect((await mutate(county.agents.leader, WithdrawConsent, input)).code).toBe('FORBIDDEN')
    const blank = await mutate(county.agents.eastStaff, WithdrawConsent, { ...input, note: ' ' })
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', message: '撤回说明不能为空' })
    expect((await db.prisma.talent.findUniqueOrThrow({ where: { id: talent.talentId } })).consentWithdrawnAt).toBeNull()
  })

  it('shows the contact data before it, and the lead in the lists', async () => {
    expect(await viewOf(county.agents.eastStaff)).toMatchObject({ phone: '13812345678', contactMasked: false })
    expect(await leadIds(county.agents.eastStaff)).toEqual({ leads: [talent.projectId], overdue: [talent.projectId] })
  })

  it('is recorded once, audited with its note, and masks the contact data for everyone', async () => {
    const input = { ...op(), talentId: talent.talentId, note: '电话中表示不再同意' }
    const first = await mutate(county.agents.eastStaff, WithdrawConsent, input)
    expect(first.data).toMatchObject({ phone: '138****5678', contactMasked: true })
    expect((await mutate(county.agents.eastStaff, WithdrawConsent, input)).data?.consentWithdrawnAt).toBe(
      first.data?.consentWithdrawnAt,
    )
    const again = await mutate(county.agents.eastManager, WithdrawConsent, { ...input, ...op() })
    expect(again).toMatchObject({ code: 'CONFLICT', message: '该人才已撤回同意，无需重复记录' })
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: talent.talentId, action: 'withdrawConsent' } })
    expect(audit).toHaveLength(1)
    expect(audit[0]?.reason).toBe('电话中表示不再同意')

    for (const agent of [county.agents.eastStaff, county.agents.eastManager, county.agents.admin])
      expect(await viewOf(agent)).toMatchObject({
        phone: '138****5678',
        email: 'w***@example.com',
        contactMasked: true,
        phoneMasked: true,
      })
    for (const agent of [county.agents.eastStaff, county.agents.admin]) {
      const reveal = await agent.request(RevealTalentContact, { talentId: talent.talentId, reason: '回访' })
      expect(reveal.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        detail: '该人才已撤回个人信息使用同意，联系方式不再使用',
      })
    }
  })

  it('takes the talent’s lead out of the lead lists and the follow-up reminders', async () => {
    expect(await leadIds(county.agents.eastStaff)).toEqual({ leads: [], overdue: [] })
    expect((await leadIds(county.agents.admin)).leads).not.toContain(talent.projectId)
  })

  it('refuses a new project for the talent, to the unit and the office alike, and opens none', async () => {
    const second = { talentId: talent.talentId, title: '王五的第二个项目', sourceChannel: 'REFERRAL' as const }
    for (const agent of [county.agents.eastStaff, county.agents.admin])
      expect(await mutate(agent, CreateProject, { ...ids(), ...second })).toMatchObject({
        code: 'CONFLICT',
        message: '该人才已撤回个人信息使用同意，不能再为其立项',
      })
    expect(await db.prisma.project.count({ where: { talentId: talent.talentId } })).toBe(1)
  })

  it.runIf(testDatabaseKind === 'postgresql')('is recorded by one of two withdrawals at once', async () => {
    const other = await talentWithProject(county.agents.eastStaff, { name: '赵六' })
    const results = await Promise.all(
      [county.agents.eastStaff, county.agents.eastManager].map((agent) =>
        mutate(agent, WithdrawConsent, { ...op(), talentId: other.talentId, note: '书面撤回' }),
      ),
    )
    expect(results.map((result) => result.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK'])
    expect(await db.prisma.auditLog.count({ where: { entityId: other.talentId, action: 'withdrawConsent' } })).toBe(1)
  })
})
