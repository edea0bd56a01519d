// The staff screens' own GraphQL documents, sent as the phone sends them to the real server: each fits
// the server's cost limit (graphql-armor in yoga.ts) and answers with what the screens read.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { graphql } from '../support/graphql.ts'
import { smallCounty, talentWithProject } from '../support/pipeline.ts'
import { resetClock, setClock } from '../support/clock.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
const operations = new Map<string, OperationDefinitionNode>()
const fragments = new Map<string, FragmentDefinitionNode>()

async function loadStaffDocuments() {
  const folder = 'client/src/staff'
  for (const entry of await readdir(folder)) {
    if (!/\.tsx?$/.test(entry)) continue
    const source = await readFile(join(folder, entry), 'utf8')
    for (const match of source.matchAll(/graphql\(\s*`([^`]*)`/g)) {
      for (const definition of parse(match[1]!).definitions as DefinitionNode[]) {
        if (definition.kind === 'OperationDefinition' && definition.name)
          operations.set(definition.name.value, definition)
        if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition)
      }
    }
  }
}

/** The operation with the fragments it spreads, as one document (what gql.tada sends). */
function documentOf(name: string): string {
  const needed = new Set<string>()
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (needed.has(spread.name.value)) return
        needed.add(spread.name.value)
        collect(fragments.get(spread.name.value)!)
      },
    })
  const operation = operations.get(name)
  if (!operation) throw new Error(`no staff operation ${name}`)
  collect(operation)
  return [operation, ...[...needed].map((fragment) => fragments.get(fragment)!)]
    .map((definition) => print(definition))
    .join('\n')
}

const MeQuery = graphql(`
  query Me {
    me {
      id
    }
  }
`)
const ids = () => ({ clientMutationId: uuidv7(), id: uuidv7() })

beforeAll(async () => {
  await loadStaffDocuments()
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(async () => {
  resetClock()
  await db?.close()
})

describe('the staff screens’ documents on the real server', () => {
  it('log and correct a follow-up, sign, move the stage, read project and talent, within the cost limit', async () => {
    // A Wednesday, so that tomorrow's follow-up falls in this week whatever day the suite runs.
    setClock('2026-11-25T10:00:00+08:00')
    const staff = county.agents.eastStaff
    // The documents are read from the client's files as text, so each answer is typed here by what the test reads.
    const send = async <Data>(name: string, variables: Record<string, unknown>) => {
      const result = await staff.requestText<Data>(documentOf(name), variables)
      expect(result.errors, name).toBeUndefined()
      return result.data!
    }
    const { projectId, version } = await talentWithProject(staff)
    const nodeId = Buffer.from(`Project:${projectId}`).toString('base64')

    const logged = await send<{
      logActivity: { uuid: string; project: { activities: { summary: string; editable: boolean; version: number }[] } }
    }>('StaffLogActivity', {
      input: {
        ...ids(),
        projectId,
        kind: 'CALL',
        occurredAt: new Date().toISOString(),
        summary: '电话沟通签约',
        nextFollowUpAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    })
    expect(logged.logActivity.project.activities).toMatchObject([
      { summary: '电话沟通签约', editable: true, version: 1 },
    ])
    const edited = await send<{ editActivity: { version: number; project: { activities: { summary: string }[] } } }>(
      'StaffEditActivity',
      { input: { ...ids(), id: logged.logActivity.uuid, version: 1, summary: '电话沟通签约时间' } },
    )
    expect(edited.editActivity.version).toBe(2)
    expect(edited.editActivity.project.activities.map((activity) => activity.summary)).toEqual(['电话沟通签约时间'])
    await send<unknown>('StaffRecordSigning', {
      input: { ...ids(), id: projectId, signedAt: '2026-11-20', agreementKind: 'INVESTMENT', investmentAgreed: '3000' },
    })
    const moved = await send<{
      moveProjectStage: { stage: string; version: number; signing: { agreementKind: string } }
    }>('StaffMoveProjectStage', { input: { ...ids(), id: projectId, to: 'SIGNED', version } })
    expect(moved.moveProjectStage).toMatchObject({
      stage: 'SIGNED',
      version: version + 1,
      signing: { agreementKind: 'INVESTMENT' },
    })
    await send<unknown>('StaffUpdateProject', {
      input: { ...ids(), id: projectId, version: version + 1, industry: '新材料' },
    })

    const { node } = await send<{ node: { stageChanges: { toStage: string }[] } }>('StaffProject', { id: nodeId })
    expect(node).toMatchObject({
      uuid: projectId,
      stage: 'SIGNED',
      industry: '新材料',
      version: version + 2,
      talent: { name: '李四', contactMasked: false },
    })
    expect(node.stageChanges.map((change) => change.toStage)).toEqual(['LEAD', 'SIGNED'])

    const today = await send<{ thisWeek: { uuid: string }[] }>('StaffToday', {})
    expect(today.thisWeek.map((project) => project.uuid)).toContain(projectId)
    const me = await staff.request(MeQuery)
    const ownerId = Buffer.from(me.data!.me!.id, 'base64').toString().split(':')[1]
    const leads = await send<{ projects: { edges: { node: { uuid: string } }[] } }>('StaffLeads', {
      first: 20,
      ownerId,
      stage: ['SIGNED'],
    })
    expect(leads.projects.edges.map((edge) => edge.node.uuid)).toEqual([projectId])
    await send<unknown>('StaffProjectSupportRequests', { projectId })
    const talentId = (await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).talentId
    const talent = await send<{ node: { uuid: string; name: string; consentWithdrawnAt: string | null } }>(
      'StaffNewProjectTalent',
      { id: Buffer.from(`Talent:${talentId}`).toString('base64') },
    )
    expect(talent.node).toMatchObject({ uuid: talentId, name: '李四', consentWithdrawnAt: null })
  })
})
