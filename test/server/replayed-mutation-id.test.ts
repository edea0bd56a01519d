// A client mutation id is applied once: the same write sent again (a phone replaying its outbox) answers with
// the record it changed and writes nothing more. The same id sent again naming another record (a broken client,
// or one reusing ids) is refused with a CONFLICT and changes nothing: it is not run, and answering with the other
// record would present it as changed (and a record that does not exist made it an internal error).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit } from '../support/fixtures.ts'
import { ids, mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { EditActivity, LogActivity, UpdateTalent } from '../support/documents.ts'
import { UpdateUnit } from '../support/account-documents.ts'
import { CreateSupportRequest } from '../support/support-request-documents.ts'
import { WithdrawConsent } from '../support/talent-detail-documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
}, 120_000)
afterAll(() => db?.close())

const reused = { code: 'CONFLICT', message: '操作编号已用于另一条记录' }
const audits = () => db.prisma.auditLog.count()
const talentRow = (id: string) => db.prisma.talent.findUniqueOrThrow({ where: { id } })

describe('the same client mutation id sent again', () => {
  it('withdrawConsent: answers with the talent once withdrawn; for another talent, or none, is refused', async () => {
    const first = await talentWithProject(county.agents.eastStaff, { name: '周一' })
    const other = await talentWithProject(county.agents.eastStaff, { name: '周二' })
    const input = { ...op(), talentId: first.talentId, note: '电话中表示不再同意' }
    const applied = await mutate(county.agents.eastStaff, WithdrawConsent, input)
    expect(applied.data).toMatchObject({ uuid: first.talentId, contactMasked: true })
    const written = await audits()

    const replay = await mutate(county.agents.eastStaff, WithdrawConsent, input)
    expect(replay.data).toEqual(applied.data)
    expect(await audits()).toBe(written)

    const otherBefore = await talentRow(other.talentId)
    for (const talentId of [other.talentId, uuidv7()]) {
      const refused = await mutate(county.agents.eastStaff, WithdrawConsent, { ...input, talentId })
      expect(refused).toMatchObject(reused)
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'clientMutationId' })
    }
    expect(await talentRow(other.talentId)).toEqual(otherBefore)
    expect(await audits()).toBe(written)
  })

  it('updateTalent: another talent named with the same id keeps its fields and version', async () => {
    const first = await talentWithProject(county.agents.eastStaff, { name: '吴一' })
    const other = await talentWithProject(county.agents.eastStaff, { name: '吴二' })
    const input = { ...op(), id: first.talentId, version: 1, title: '教授' }
    const applied = await mutate(county.agents.eastStaff, UpdateTalent, input)
    expect(applied.data).toMatchObject({ uuid: first.talentId, version: 2, title: '教授' })
    const written = await audits()
    expect((await mutate(county.agents.eastStaff, UpdateTalent, input)).data).toEqual(applied.data)

    const otherBefore = await talentRow(other.talentId)
    expect(await mutate(county.agents.eastStaff, UpdateTalent, { ...input, id: other.talentId })).toMatchObject(reused)
    expect(await talentRow(other.talentId)).toEqual(otherBefore)
    expect(await audits()).toBe(written)
  })

  it('createSupportRequest: a second request under the same id is refused and not made', async () => {
    const { projectId } = await talentWithProject(county.agents.eastStaff, { name: '郑一' })
    await db.prisma.project.update({ where: { id: projectId }, data: { stage: 'SIGNED' } })
    const input = { ...ids(), projectId, category: 'FINANCE' as const, description: '人才贷' }
    const applied = await mutate(county.agents.eastStaff, CreateSupportRequest, input)
    expect(applied.data).toMatchObject({ uuid: input.id, status: 'OPEN', version: 1 })
    const written = await audits()
    expect((await mutate(county.agents.eastStaff, CreateSupportRequest, input)).data).toEqual(applied.data)

    const second = { ...input, id: uuidv7(), description: '人才公寓' }
    expect(await mutate(county.agents.eastStaff, CreateSupportRequest, second)).toMatchObject(reused)
    expect(await db.prisma.supportRequest.findMany({ where: { projectId }, select: { id: true } })).toEqual([
      { id: input.id },
    ])
    expect(await audits()).toBe(written)
  })

  it('editActivity: another activity named with the same id keeps its summary and version', async () => {
    const { projectId } = await talentWithProject(county.agents.eastStaff, { name: '王一' })
    const log = async (summary: string) => {
      const input = { ...ids(), projectId, kind: 'NOTE' as const, occurredAt: new Date().toISOString(), summary }
      return (await mutate(county.agents.eastStaff, LogActivity, input)).data!.uuid
    }
    const [first, other] = [await log('初稿'), await log('另一条')]
    const input = { ...op(), id: first, version: 1, summary: '改后' }
    const applied = await mutate(county.agents.eastStaff, EditActivity, input)
    expect(applied.data).toMatchObject({ uuid: first, version: 2, summary: '改后' })
    const written = await audits()
    expect((await mutate(county.agents.eastStaff, EditActivity, input)).data).toEqual(applied.data)

    expect(await mutate(county.agents.eastStaff, EditActivity, { ...input, id: other })).toMatchObject(reused)
    expect(await db.prisma.activity.findUniqueOrThrow({ where: { id: other } })).toMatchObject({
      summary: '另一条',
      version: 1,
    })
    expect(await audits()).toBe(written)
  })

  it('updateUnit: another unit named with the same id keeps its name and version', async () => {
    const [first, other] = [await createUnit(db.prisma, '南部园区'), await createUnit(db.prisma, '北部园区')]
    const input = { ...op(), id: first.id, version: 1, name: '南部新区' }
    const applied = await mutate(county.agents.admin, UpdateUnit, input)
    expect(applied.data).toMatchObject({ uuid: first.id, name: '南部新区', version: 2 })
    const written = await audits()
    expect((await mutate(county.agents.admin, UpdateUnit, input)).data).toEqual(applied.data)

    expect(await mutate(county.agents.admin, UpdateUnit, { ...input, id: other.id })).toMatchObject(reused)
    expect(await db.prisma.unit.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      name: '北部园区',
      version: 1,
    })
    expect(await audits()).toBe(written)
  })

  it('sent for two talents at once: one is withdrawn, the other refused', async () => {
    const pair = [
      await talentWithProject(county.agents.eastStaff, { name: '冯一' }),
      await talentWithProject(county.agents.eastStaff, { name: '冯二' }),
    ]
    const { clientMutationId } = op()
    const results = await Promise.all(
      pair.map(({ talentId }) =>
        mutate(county.agents.eastStaff, WithdrawConsent, { clientMutationId, talentId, note: '书面撤回' }),
      ),
    )
    expect(results.map((result) => result.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK'])
    expect(results.find((result) => result.code)).toMatchObject(reused)
    const withdrawn = await db.prisma.talent.count({
      where: { id: { in: pair.map((talent) => talent.talentId) }, consentWithdrawnAt: { not: null } },
    })
    expect(withdrawn).toBe(1)
  })
})
