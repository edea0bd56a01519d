// The talent office settles disputes: merges two records of one person choosing, field by field, which value
// survives; moves a project's credit or splits it between units with a reason. Each is audited, replays write
// once, stale versions are conflicts, and the assessment counts a split as its shares.
import { describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { testDatabaseKind } from '../support/database.ts'
import { CreateTalent, UpdateTalent } from '../support/documents.ts'
import {
  DuplicatePairs,
  MergeChoosing,
  MoveCreditShowingShares,
  SplitProjectCredit,
} from '../support/dispute-documents.ts'
import { creditCounty } from '../support/credit-county.ts'
import { ids, mutate, op, type Agent } from '../support/pipeline.ts'

const { db, county, version, succeeded, lead, signAndMove, counted } = creditCounty()

async function talent(agent: Agent, fields: Record<string, string | null>) {
  const created = await mutate(agent, CreateTalent, { ...ids(), name: '孙一', allowDuplicate: true, ...fields })
  succeeded(created)
  return { uuid: created.data!.uuid, version: created.data!.version }
}
const audits = (action: string, entityId: string) => db().prisma.auditLog.findMany({ where: { action, entityId } })

describe('merging duplicates side by side', () => {
  it('lists the records that look like one person to the office only', async () => {
    const { admin, eastStaff } = county().agents
    const a = await talent(eastStaff, { phone: '13900001001', employer: '浙江大学' })
    const b = await talent(eastStaff, { name: '孙逸', phone: '13900001001', employer: '浙大医学院' })
    const listed = await admin.request(DuplicatePairs, {})
    expect(listed.errors).toBeUndefined()
    const pair = listed.data!.talentDuplicatePairs.find((p) => p.first.uuid === a.uuid && p.second.uuid === b.uuid)
    expect(pair).toMatchObject({ reason: 'SAME_PHONE', first: { name: '孙一' }, second: { name: '孙逸' } })
    expect((await eastStaff.request(DuplicatePairs, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('keeps the chosen values, fills the empty ones, audits once and answers a replay the same', async () => {
    const { admin, eastStaff } = county().agents
    const survivor = await talent(eastStaff, { phone: '13900001002', employer: '浙江大学', title: '教授' })
    const merged = await talent(eastStaff, {
      name: '孙逸',
      phone: '13900001002',
      employer: '浙大医学院',
      email: 'sun@example.cn',
    })
    const input = {
      ...op(),
      survivorId: survivor.uuid,
      mergedId: merged.uuid,
      reason: '同一人，先后两次登记',
      takeFromMerged: ['NAME' as const, 'EMPLOYER' as const],
      survivorVersion: survivor.version,
      mergedVersion: merged.version,
    }
    const first = await mutate(admin, MergeChoosing, input)
    succeeded(first)
    expect(first.data).toMatchObject({ name: '孙逸', employer: '浙大医学院', title: '教授', email: 'sun@example.cn' })
    const replay = await mutate(admin, MergeChoosing, input)
    expect(replay.data).toMatchObject({ uuid: survivor.uuid, name: '孙逸' })
    const entries = await audits('mergeTalents', merged.uuid)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      reason: '同一人，先后两次登记',
      changes: { after: { mergedInto: survivor.uuid, chosen: ['name', 'employer'] } },
    })
    const pairs = (await admin.request(DuplicatePairs, {})).data!.talentDuplicatePairs
    expect(pairs.some((p) => [p.first.uuid, p.second.uuid].includes(merged.uuid))).toBe(false)
  })

  it('refuses a merge based on a record changed since, and one without a reason, writing nothing', async () => {
    const { admin, eastStaff } = county().agents
    const survivor = await talent(eastStaff, { phone: '13900001003' })
    const merged = await talent(eastStaff, { phone: '13900001003', employer: '宁波大学' })
    succeeded(
      await mutate(eastStaff, UpdateTalent, { ...op(), id: merged.uuid, version: merged.version, title: '研究员' }),
    )
    const base = { survivorId: survivor.uuid, mergedId: merged.uuid, survivorVersion: survivor.version }
    const stale = await mutate(admin, MergeChoosing, { ...op(), ...base, reason: '同一人', mergedVersion: 1 })
    expect(stale.code).toBe('CONFLICT')
    const blank = await mutate(admin, MergeChoosing, { ...op(), ...base, reason: ' ' })
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('合并原因不能为空') })
    expect((await db().prisma.talent.findUniqueOrThrow({ where: { id: merged.uuid } })).mergedIntoId).toBeNull()
    expect(await audits('mergeTalents', merged.uuid)).toHaveLength(0)
  })

  it.runIf(testDatabaseKind === 'postgresql')('merges one pair once when two merges arrive at once', async () => {
    const { admin } = county().agents
    const a = await talent(county().agents.eastStaff, { phone: '13900001004' })
    const b = await talent(county().agents.eastStaff, { phone: '13900001004' })
    const merge = (survivorId: string, mergedId: string) =>
      mutate(admin, MergeChoosing, { ...op(), survivorId, mergedId, reason: '同一人' })
    const results = await Promise.all([merge(a.uuid, b.uuid), merge(b.uuid, a.uuid), merge(a.uuid, b.uuid)])
    expect(results.filter((result) => !result.errors)).toHaveLength(1)
    expect(results.filter((result) => result.code === 'CONFLICT')).toHaveLength(2)
    const rows = await db().prisma.talent.findMany({ where: { id: { in: [a.uuid, b.uuid] } } })
    expect(rows.filter((row) => row.mergedIntoId)).toHaveLength(1)
    const entries = await db().prisma.auditLog.count({
      where: { action: 'mergeTalents', entityId: { in: [a.uuid, b.uuid] } },
    })
    expect(entries).toBe(1)
  })
})

describe('moving and splitting credit', () => {
  const split = async (agent: Agent, id: string, shares: { unitId: string; percent: number }[], clientId = uuidv7()) =>
    mutate(agent, SplitProjectCredit, {
      clientMutationId: clientId,
      id,
      version: await version(id),
      shares,
      reason: '两园区共同引进',
    })

  it('splits a signed project 60/40, counts each unit its share, and moving it whole ends the split', async () => {
    const { admin, eastStaff } = county().agents
    const { east, west } = county().units
    const id = await lead(eastStaff, '周二', '13900001011', '中科院')
    await signAndMove(eastStaff, id)
    const before = await counted()
    const shares = [
      { unitId: east.id, percent: 60 },
      { unitId: west.id, percent: 40 },
    ]
    const clientId = uuidv7()
    const done = await split(admin, id, shares, clientId)
    succeeded(done)
    expect(done.data!.creditShares).toEqual([
      { unit: { name: '东部园区' }, percent: 60, reason: '两园区共同引进' },
      { unit: { name: '西部园区' }, percent: 40, reason: '两园区共同引进' },
    ])
    const signed = (counts: Awaited<ReturnType<typeof counted>>, unit: string) => counts[unit]!.PROJECTS_SIGNED!
    const afterSplit = await counted()
    expect(signed(afterSplit, '东部园区')).toBeCloseTo(signed(before, '东部园区') - 0.4)
    expect(signed(afterSplit, '西部园区')).toBeCloseTo(signed(before, '西部园区') + 0.4)
    // A replay (same client mutation id) writes nothing more.
    const replay = await mutate(admin, SplitProjectCredit, {
      clientMutationId: clientId,
      id,
      version: 1,
      shares,
      reason: '两园区共同引进',
    })
    expect(replay.errors).toBeUndefined()
    expect(await audits('splitProjectCredit', id)).toMatchObject([
      {
        reason: '两园区共同引进',
        changes: {
          after: {
            shares: [east.id, west.id].sort().map((unitId) => ({ unitId })),
          },
        },
      },
    ])

    const moved = await mutate(admin, MoveCreditShowingShares, {
      ...op(),
      id,
      version: await version(id),
      creditUnitId: west.id,
      reason: '人才办协调：归西部园区',
    })
    succeeded(moved)
    expect(moved.data).toMatchObject({ creditUnit: { name: '西部园区' }, creditShares: [] })
    const afterMove = await counted()
    expect(signed(afterMove, '东部园区')).toBeCloseTo(signed(before, '东部园区') - 1)
    expect(signed(afterMove, '西部园区')).toBeCloseTo(signed(before, '西部园区') + 1)
    expect(await audits('moveProjectCredit', id)).toMatchObject([{ reason: '人才办协调：归西部园区' }])
  })

  it('refuses shares that do not sum to 100%, a department, a stale version and anyone but the office', async () => {
    const { admin, eastManager, eastStaff } = county().agents
    const { east, west, hrss } = county().units
    const id = await lead(eastStaff, '吴三', '13900001012', '浙江大学')
    const short = await split(admin, id, [
      { unitId: east.id, percent: 50 },
      { unitId: west.id, percent: 40 },
    ])
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('合计须为 100%') })
    const department = await split(admin, id, [
      { unitId: east.id, percent: 50 },
      { unitId: hrss.id, percent: 50 },
    ])
    expect(department).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('园区、镇街或人才办') })
    const halves = [
      { unitId: east.id, percent: 50 },
      { unitId: west.id, percent: 50 },
    ]
    expect((await split(eastManager, id, halves)).code).toBe('FORBIDDEN')
    const stale = await mutate(admin, SplitProjectCredit, { ...op(), id, version: 99, shares: halves, reason: '共同' })
    expect(stale.code).toBe('CONFLICT')
    expect(await db().prisma.creditShare.count({ where: { projectId: id } })).toBe(0)
    expect(await audits('splitProjectCredit', id)).toHaveLength(0)
  })

  it.runIf(testDatabaseKind === 'postgresql')('takes one of two splits made from the same version', async () => {
    const { admin, eastStaff } = county().agents
    const { east, west, office } = county().units
    const id = await lead(eastStaff, '郑四', '13900001013', '浙江大学')
    const at = await version(id)
    const send = (shares: { unitId: string; percent: number }[]) =>
      mutate(admin, SplitProjectCredit, { ...op(), id, version: at, shares, reason: '共同引进' })
    const results = await Promise.all([
      send([
        { unitId: east.id, percent: 50 },
        { unitId: west.id, percent: 50 },
      ]),
      send([
        { unitId: east.id, percent: 70 },
        { unitId: office.id, percent: 30 },
      ]),
    ])
    expect(results.map((result) => result.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK'])
    expect(await db().prisma.creditShare.count({ where: { projectId: id } })).toBe(2)
    expect(await audits('splitProjectCredit', id)).toHaveLength(1)
  })
})
