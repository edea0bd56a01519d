// The statistics the database keeps for the dashboard (per-project counted rows and their sums, kept by
// triggers) equal a rebuild from nothing and a row-by-row count in the seeded county, and stay equal through the
// GraphQL writes that change what is counted: credit moved, a project's industry and channel, a talent's class,
// a merge, signing and landing and back, a new owner, a project lost, follow-ups logged and moved, a new lead.
import { describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { makeUscc } from '@talent/rules/uscc'
import {
  AssignProjectOwner,
  MoveProjectCredit,
  MoveProjectStage,
  RecordLanding,
  RecordSigning,
  SetProjectStatus,
  UpdateProject,
} from '../support/documents.ts'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, op, talentWithProject } from '../support/pipeline.ts'
import { statisticsRollupsCounty } from '../support/statistics-rollups-county.ts'
import { CreateLead, MergeTalents, UpdateTalent } from '../support/documents.ts'

const { db, county, units, expectAllToAgree, projects } = statisticsRollupsCounty()

const LogActivity = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      id
      uuid
      version
    }
  }
`)
const EditActivity = graphql(`
  mutation EditActivity($input: EditActivityInput!) {
    editActivity(input: $input) {
      id
      uuid
      version
    }
  }
`)

const version = async (id: string) => (await db().prisma.project.findUniqueOrThrow({ where: { id } })).version
const succeeded = (result: { errors?: unknown }) => expect(result.errors, JSON.stringify(result.errors)).toBeUndefined()

describe('statistics kept by the database', () => {
  it('equal the counts of the seeded county', expectAllToAgree, 120_000)

  it('stay equal through the GraphQL writes that change what is counted', async () => {
    const { admin, eastStaff, eastStaff2, eastManager } = county().agents
    const all = await projects()
    const landed = all.find((p) => p.landing && p.creditShares.length === 0)!
    succeeded(
      await mutate(admin, MoveProjectCredit, {
        ...op(),
        id: landed.id,
        version: landed.version,
        creditUnitId: landed.creditUnitId === units().west ? units().east : units().west,
        reason: '重新认定',
      }),
    )
    const signed = all.find((p) => p.signing && p.id !== landed.id)!
    succeeded(
      await mutate(admin, UpdateProject, {
        ...op(),
        id: signed.id,
        version: signed.version,
        industry: '新能源',
        sourceChannel: 'AGENCY',
      }),
    )
    const talent = await db().prisma.talent.findUniqueOrThrow({ where: { id: landed.talentId } })
    succeeded(
      await mutate(admin, UpdateTalent, {
        ...op(),
        id: talent.id,
        version: talent.version,
        talentClass: talent.talentClass === 'A' ? 'C' : 'A',
      }),
    )
    // Two landed talents of different classes the merge accepts: applications that do not clash, followed and
    // credited by one unit (claims and credit once per talent), the talent whose credit just moved left out.
    const ofTalents = (...talentIds: string[]) => all.filter((p) => talentIds.includes(p.talentId))
    const oneUnit = (a: string, b: string) =>
      new Set(
        ofTalents(a, b)
          .filter((p) => p.status === 'ACTIVE')
          .map((p) => p.unitId),
      ).size <= 1 &&
      new Set(
        ofTalents(a, b)
          .filter((p) => p.signing || p.landing)
          .map((p) => p.creditUnitId),
      ).size <= 1
    const applications = (p: (typeof all)[number]) =>
      new Set(p.talent.programApplications.map((a) => `${a.programId}/${a.year}`))
    const [survivor, merged] = all
      .filter((p) => p.landing && p.talentId !== landed.talentId && p.talent.talentClass === 'B')
      .flatMap((b) =>
        all
          .filter((p) => p.landing && p.talentId !== landed.talentId && p.talent.talentClass !== 'B')
          .map((other) => [b, other] as const),
      )
      .find(
        ([b, other]) =>
          oneUnit(b.talentId, other.talentId) && [...applications(other)].every((key) => !applications(b).has(key)),
      )!
    succeeded(
      await mutate(admin, MergeTalents, {
        ...op(),
        survivorId: survivor.talentId,
        mergedId: merged.talentId,
        reason: '重复登记',
      }),
    )

    // A new project carried from lead to landing and back, handed to another owner who follows it up, lost.
    // Staff log the talent; the office, which alone certifies a class, makes it a class B talent.
    const { projectId, talentId } = await talentWithProject(eastStaff, { name: '赵六', phone: '13900002222' })
    succeeded(await mutate(admin, UpdateTalent, { ...op(), id: talentId, version: 1, talentClass: 'B' }))
    succeeded(
      await mutate(eastStaff, RecordSigning, {
        ...op(),
        id: projectId,
        signedAt: '2026-05-01',
        agreementKind: 'INVESTMENT',
        investmentAgreed: '300',
      }),
    )
    succeeded(
      await mutate(eastStaff, MoveProjectStage, {
        ...op(),
        id: projectId,
        version: await version(projectId),
        to: 'SIGNED',
      }),
    )
    succeeded(
      await mutate(eastStaff, RecordSigning, {
        ...op(),
        id: projectId,
        signedAt: '2025-12-31',
        agreementKind: 'INVESTMENT',
        investmentAgreed: '350',
      }),
    )
    succeeded(
      await mutate(eastStaff, RecordLanding, {
        ...op(),
        id: projectId,
        companyName: '赵六科技',
        uscc: makeUscc('91330100MA2H00025'),
        registeredAt: '2026-06-01',
      }),
    )
    succeeded(
      await mutate(eastStaff, MoveProjectStage, {
        ...op(),
        id: projectId,
        version: await version(projectId),
        to: 'LANDED',
      }),
    )
    succeeded(
      await mutate(eastStaff, MoveProjectStage, {
        ...op(),
        id: projectId,
        version: await version(projectId),
        to: 'SIGNED',
        reason: '注册信息有误，退回',
      }),
    )
    succeeded(
      await mutate(eastManager, AssignProjectOwner, {
        ...op(),
        id: projectId,
        version: await version(projectId),
        ownerId: county().people.eastStaff2.id,
      }),
    )
    succeeded(
      await mutate(eastManager, SetProjectStatus, {
        ...op(),
        id: projectId,
        version: await version(projectId),
        status: 'LOST',
        reason: '人才另有选择',
      }),
    )
    const activity = {
      ...ids(),
      projectId,
      kind: 'CALL' as const,
      summary: '电话回访',
      occurredAt: '2026-04-01T16:30:00Z',
    }
    succeeded(await mutate(eastStaff2, LogActivity, activity))
    succeeded(
      await mutate(eastStaff2, LogActivity, {
        ...ids(),
        projectId,
        kind: 'VISIT',
        summary: '走访',
        occurredAt: '2026-04-02T01:00:00Z',
      }),
    )
    succeeded(
      await mutate(eastStaff2, EditActivity, {
        ...op(),
        id: activity.id,
        version: 1,
        occurredAt: '2025-12-31T15:30:00Z',
      }),
    )
    succeeded(
      await mutate(eastStaff, CreateLead, {
        ...op(),
        projectId: uuidv7(),
        talentId: uuidv7(),
        talentName: '钱七',
        phone: '13900003333',
        sourceChannel: 'EVENT',
      }),
    )
    await expectAllToAgree()
  }, 120_000)
})
