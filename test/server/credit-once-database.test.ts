// The database itself holds the credit rules (migration credit_once_per_talent), so a raw statement, a seed
// or a script cannot record a signing off a followed project or count one talent for two units, and two
// transactions claiming the same talent at once are decided one after the other.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { smallCounty } from '../support/pipeline.ts'
import { checkRecording, doubleCreditMessage } from '../../server/src/domain/stage.ts'
import { databaseRefusal } from '../../server/src/write/database-refusal.ts'
import type { ProjectStatus, Stage } from '../../server/src/generated/prisma/enums.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
}, 120_000)
afterAll(() => db?.close())

/** A project, at 签约 unless said otherwise: the stage at which a signing counts. */
async function project(unitId: string, talentId: string, status: ProjectStatus = 'ACTIVE', stage: Stage = 'SIGNED') {
  const data = {
    title: '项目',
    talentId,
    unitId,
    creditUnitId: unitId,
    sourceChannel: 'OTHER' as const,
    createdById: county.people.admin.id,
    status,
    stage,
  }
  return (await db.prisma.project.create({ data })).id
}
const talent = async (phone: string | null = null) =>
  (await db.prisma.talent.create({ data: { name: '某人才', phone } })).id

const insertSigning = (projectId: string) =>
  db.prisma.$executeRaw`INSERT INTO "Signing" (id, "projectId", "signedAt", "agreementKind",
      "updatedAt") VALUES (${uuidv7()}::uuid, ${projectId}::uuid, '2026-05-01', 'INVESTMENT', now())`
/** Eighteen random characters: a uuidv7's head is its time, the same for every landing made within a moment. */
const uniqueUscc = () => randomUUID().replaceAll('-', '').slice(0, 18)
const insertLanding = (projectId: string) =>
  db.prisma.$executeRaw`INSERT INTO "Landing" (id, "projectId", "companyName", uscc, "registeredAt",
      "updatedAt") VALUES (${uuidv7()}::uuid, ${projectId}::uuid, '某公司', ${uniqueUscc()}, '2026-06-01', now())`

/** What the server answers for the database's refusal. */
async function refusal(write: Promise<unknown>) {
  const error = await write.then(
    () => null,
    (failure: unknown) => failure,
  )
  expect(error).not.toBeNull()
  return { code: databaseRefusal(error)?.code, message: databaseRefusal(error)?.message }
}

// Claim protection (its own triggers) already keeps two units from following one talent at once; these tests
// switch it off so that the credit rule is seen to hold by itself, as a second line.
const claimTriggers = [
  '"Project" DISABLE TRIGGER "Project_claim_insert"',
  '"Project" DISABLE TRIGGER "Project_claim_update"',
  '"Talent" DISABLE TRIGGER "Talent_claim_update"',
]
beforeAll(async () => {
  for (const statement of claimTriggers) await db.prisma.$executeRawUnsafe(`ALTER TABLE ${statement}`)
})

describe('the database', () => {
  it('refuses a signing or landing on a project that is not followed, and a landing before its signing', async () => {
    const { east } = county.units
    // The database's words are the app's (checkRecording), whichever path wrote the record.
    const app = (record: 'signing' | 'landing', status: ProjectStatus, hasSigning: boolean) => {
      const verdict = checkRecording(record, { status, hasSigning })
      return verdict.ok ? null : { code: verdict.code, message: verdict.message }
    }
    expect(await refusal(insertSigning(await project(east.id, await talent(), 'LOST')))).toEqual(
      app('signing', 'LOST', false),
    )
    const held = await project(east.id, await talent(), 'ON_HOLD')
    expect(await refusal(insertSigning(held))).toEqual(app('signing', 'ON_HOLD', false))
    const active = await project(east.id, await talent())
    expect(await refusal(insertLanding(active))).toEqual(app('landing', 'ACTIVE', false))
    await insertSigning(active)
    await insertLanding(active)
    // Moving a signing onto a lost project is recording it there.
    const lost = await project(east.id, await talent(), 'LOST')
    await expect(db.prisma.signing.update({ where: { projectId: active }, data: { projectId: lost } })).rejects.toThrow(
      /不能登记签约信息/,
    )
    expect(await db.prisma.signing.count({ where: { projectId: { in: [held, lost] } } })).toBe(0)
  })

  it('refuses a second unit’s signing of a talent, also through a record merged into it, and a raw merge', async () => {
    const { east, west } = county.units
    const survivor = await talent()
    const merged = await db.prisma.talent.create({ data: { name: '某人才', mergedIntoId: survivor } })
    await insertSigning(await project(east.id, survivor))
    const westProject = await project(west.id, merged.id)
    expect(await refusal(insertSigning(westProject))).toEqual({
      code: 'CREDIT_CONFLICT',
      message: doubleCreditMessage('东部园区'),
    })
    // The same unit may sign another project of the talent: one unit, no second unit's count.
    await insertSigning(await project(east.id, merged.id))

    const other = await talent()
    await insertSigning(await project(west.id, other))
    const rawMerge = db.prisma
      .$executeRaw`UPDATE "Talent" SET "mergedIntoId" = ${survivor}::uuid WHERE id = ${other}::uuid`
    expect((await refusal(rawMerge)).code).toBe('CREDIT_CONFLICT')
    expect((await db.prisma.talent.findUniqueOrThrow({ where: { id: other } })).mergedIntoId).toBeNull()
  })

  it('counts a signing only once its project reached 签约, also when a StageChange alone says so', async () => {
    const { east, west } = county.units
    const person = await talent()
    const early = await project(east.id, person, 'ACTIVE', 'LEAD')
    await insertSigning(early)
    const credited = () => db.prisma.projectCredit.count({ where: { projectId: early, metric: 'PROJECTS_SIGNED' } })
    expect(await credited()).toBe(0)
    // A signing at 线索 holds no credit: another unit's counted signing of the person is not a second count.
    await insertSigning(await project(west.id, person))
    const history = db.prisma.stageChange.create({
      data: {
        projectId: early,
        fromStage: 'NEGOTIATING',
        toStage: 'SIGNED',
        fromStatus: 'ACTIVE',
        toStatus: 'ACTIVE',
        byId: county.people.admin.id,
      },
    })
    expect(await refusal(history)).toEqual({ code: 'CREDIT_CONFLICT', message: doubleCreditMessage('西部园区') })
    expect(await credited()).toBe(0)
  })

  it('treats records with one phone as one person, for a signing and for a phone written later', async () => {
    const { east, west } = county.units
    await insertSigning(await project(east.id, await talent('+8613900000071')))
    const westProject = await project(west.id, await talent('+8613900000071'))
    expect(await refusal(insertSigning(westProject))).toEqual({
      code: 'CREDIT_CONFLICT',
      message: doubleCreditMessage('东部园区'),
    })

    const signedElsewhere = await talent('+8613900000072')
    await insertSigning(await project(west.id, signedElsewhere))
    const rephone = db.prisma.$executeRaw`UPDATE "Talent" SET phone = '13900000071' WHERE id = ${signedElsewhere}::uuid`
    expect(await refusal(rephone)).toMatchObject({
      code: 'CREDIT_CONFLICT',
      message: expect.stringMatching(/^不能改为这个手机号：使用该号码的人才在东部园区/),
    })
    expect((await db.prisma.talent.findUniqueOrThrow({ where: { id: signedElsewhere } })).phone).toBe('+8613900000072')
  })

  if (testDatabaseKind !== 'postgresql') return

  it('decides two transactions signing one phone’s two records in two units one after the other', async () => {
    const { east, west } = county.units
    const [eastProject, westProject] = [
      await project(east.id, await talent('+8613900000081')),
      await project(west.id, await talent('+8613900000081')),
    ]
    const results = await Promise.allSettled([insertSigning(eastProject), insertSigning(westProject)])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')!
    expect(databaseRefusal(refused.reason)?.code).toBe('CREDIT_CONFLICT')
    expect(await db.prisma.signing.count({ where: { projectId: { in: [eastProject, westProject] } } })).toBe(1)
  })

  it(
    'lets one of two transactions signing the same talent in two units commit, ' + 'and refuses the other once it does',
    async () => {
      const { east, west } = county.units
      const shared = await talent()
      const [eastProject, westProject] = [await project(east.id, shared), await project(west.id, shared)]
      let firstSigned!: () => void
      const signedFirst = new Promise<void>((resolve) => (firstSigned = resolve))
      const order: string[] = []
      const first = db.prisma.$transaction(async (tx) => {
        await tx.signing.create({
          data: { projectId: eastProject, signedAt: new Date('2026-05-01T00:00:00Z'), agreementKind: 'INVESTMENT' },
        })
        firstSigned()
        // Long enough for the second to reach its own check while this one has not committed.
        await new Promise((resolve) => setTimeout(resolve, 500))
        order.push('first commits')
      })
      const second = signedFirst.then(() =>
        db.prisma.$transaction(async (tx) => {
          await tx.signing.create({
            data: { projectId: westProject, signedAt: new Date('2026-05-01T00:00:00Z'), agreementKind: 'INVESTMENT' },
          })
          order.push('second signed')
        }),
      )
      const [won, lost] = await Promise.allSettled([first, second])
      expect(won.status).toBe('fulfilled')
      expect(lost.status).toBe('rejected')
      expect(databaseRefusal((lost as PromiseRejectedResult).reason)).toMatchObject({
        code: 'CREDIT_CONFLICT',
        message: doubleCreditMessage('东部园区'),
      })
      expect(order).toEqual(['first commits'])
      expect(
        await db.prisma.signing.findMany({
          where: { projectId: { in: [eastProject, westProject] } },
          select: { projectId: true },
        }),
      ).toEqual([{ projectId: eastProject }])
    },
  )
})
