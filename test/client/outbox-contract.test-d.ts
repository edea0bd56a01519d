// The outbox's contract with the server, checked by `pnpm typecheck` (tsc on test/client), not run by vitest.
//
// A write only typechecks with its own mutation's input: a misspelt or renamed field is refused where the
// write is made. And every write's input is pinned here, field by field, as the phones store it: when a
// schema change renames or retypes a field of an outbox mutation, this file stops typechecking. Entries
// already queued on phones still carry the old fields: upgrade them in client/src/outbox/db.ts (a new
// IndexedDB version, onupgradeneeded) before changing the pin.
import { expectTypeOf } from 'vitest'
import type { graphql, ProjectStatus, SourceChannel, Stage } from '../../client/src/graphql.ts'
import type { Outbox } from '../../client/src/outbox/outbox.ts'
import type { SupportStep } from '../../client/src/department/support-steps.ts'
import type { stepOperation } from '../../client/src/department/support-steps.ts'
import type { outboxWrites } from '../../client/src/outbox/registry.ts'
import type {
  NewWrite,
  OutboxEntryOf,
  OutboxInput,
  OutboxOperation,
  OutboxStep,
  OutboxVariables,
} from '../../client/src/outbox/types.ts'
import { outboxWrite } from '../../client/src/outbox/write.ts'

type Scalar<Name extends string> = ReturnType<typeof graphql.scalar<Name>>
declare const outbox: Outbox
const ids = { clientMutationId: 'cm-1', id: 'project-1' }

// --- A write typechecks with its own mutation's input, and only with it.

outboxWrite('recordSigning', { ...ids, agreementKind: 'INVESTMENT', signedAt: '2026-11-24' }, 'me')
// @ts-expect-error signedAt renamed: the server would refuse the write hours later, on the phone.
outboxWrite('recordSigning', { ...ids, agreementKind: 'INVESTMENT', signingDate: '2026-11-24' }, 'me')
// @ts-expect-error a required field left out
outboxWrite('recordSigning', { ...ids, signedAt: '2026-11-24' }, 'me')
// @ts-expect-error another mutation's input
outboxWrite('recordSigning', { ...ids, to: 'SIGNED', reason: null, version: 3 }, 'me')
// @ts-expect-error an operation the registry does not have
outboxWrite('recordSigningV2', { ...ids, agreementKind: 'INVESTMENT', signedAt: '2026-11-24' }, 'me')

const signing = { agreementKind: 'INVESTMENT', signedAt: '2026-11-24' } as const
void outbox.enqueue({
  id: 'cm-1',
  operation: 'recordSigning',
  variables: { input: { ...ids, ...signing } },
  ownerId: 'me',
  recordIds: ['project-1'],
})
void outbox.enqueue({
  id: 'cm-1',
  operation: 'recordSigning',
  // @ts-expect-error the same renamed field, queued by hand
  variables: { input: { ...ids, agreementKind: 'INVESTMENT', signingDate: '2026-11-24' } },
  ownerId: 'me',
  recordIds: ['project-1'],
})
// @ts-expect-error one mutation's variables under another's name
void outbox.enqueue({
  id: 'cm-1',
  operation: 'moveProjectStage',
  variables: { input: { ...ids, ...signing } },
  ownerId: 'me',
  recordIds: ['project-1'],
})

// --- The types are the registry's documents' own (gql.tada), never a loose record.

expectTypeOf<NewWrite['operation']>().toEqualTypeOf<OutboxOperation>()
expectTypeOf<OutboxEntryOf<'recordSigning'>['variables']>().toEqualTypeOf<OutboxVariables<'recordSigning'>>()
expectTypeOf<OutboxVariables<'recordSigning'>>().not.toEqualTypeOf<Record<string, unknown>>()
expectTypeOf<Parameters<Outbox['enqueue']>[0]>().toEqualTypeOf<NewWrite>()
// The department's steps are the registry's, each to the operation whose `step` it is.
expectTypeOf<OutboxStep>().toEqualTypeOf<SupportStep>()
type StepOf<Step extends SupportStep> = (typeof outboxWrites)[(typeof stepOperation)[Step]]['step']
expectTypeOf<{ [Step in SupportStep]: StepOf<Step> }>().toEqualTypeOf<{ [Step in SupportStep]: Step }>()

// --- Every write's input as the phones store it.

interface Ids {
  clientMutationId: string
  id: string
}
interface Versioned extends Ids {
  version: number
}
interface Pinned {
  createLead: {
    clientMutationId: string
    projectId: string
    talentId: string
    talentName: string
    phone?: string | null
    employer?: string | null
    field?: string | null
    sourceChannel: SourceChannel
    title?: string | null
    note?: string | null
    dataSource?: Scalar<'DataSource'> | null
    consentGiven?: boolean | null
  }
  logActivity: Ids & {
    projectId: string
    kind: Scalar<'ActivityKind'>
    occurredAt: string
    summary: string
    location?: string | null
    participants?: string | null
    nextStep?: string | null
    nextFollowUpAt?: string | null
  }
  createProject: Ids & {
    talentId: string
    title: string
    sourceChannel: SourceChannel
    industry?: string | null
    referrer?: string | null
    plannedInvestment?: string | null
    registeredCapital?: string | null
    expectedLandingDate?: string | null
    description?: string | null
    tags?: string[] | null
  }
  editActivity: Versioned & {
    kind?: Scalar<'ActivityKind'> | null
    occurredAt?: string | null
    summary?: string | null
    location?: string | null
    participants?: string | null
    nextStep?: string | null
    nextFollowUpAt?: string | null
  }
  moveProjectStage: Versioned & { to: Stage; reason?: string | null }
  pipelineMoveStage: Versioned & { to: Stage; reason?: string | null }
  setProjectStatus: Versioned & { status: ProjectStatus; reason?: string | null }
  recordSigning: Ids & {
    agreementKind: Scalar<'AgreementKind'>
    signedAt: string
    conditions?: string | null
    investmentAgreed?: string | null
    supportApartments?: number | null
    supportFunds?: string | null
    supportOther?: string | null
    supportSpaceM2?: string | null
  }
  recordLanding: Ids & {
    companyName: string
    uscc: string
    registeredAt: string
    carrier?: string | null
    employees?: number | null
    firstRevenueAt?: string | null
    registeredCapital?: string | null
  }
  updateProject: Versioned & {
    title?: string | null
    description?: string | null
    expectedLandingDate?: string | null
    industry?: string | null
    plannedInvestment?: string | null
    referrer?: string | null
    registeredCapital?: string | null
    sourceChannel?: SourceChannel | null
    tags?: string[] | null
  }
  assignProjectOwner: Versioned & { ownerId: string }
  setProjectFollower: Ids & { userId: string; following: boolean }
  recordReferrerAnswer: Ids & { answeredAt?: string | null; note?: string | null }
  createSupportRequest: Ids & {
    projectId: string
    category: Scalar<'SupportCategory'>
    description: string
    departmentId?: string | null
    dueAt?: string | null
  }
  assignSupportRequest: Versioned & { departmentId: string; note?: string | null }
  reassignSupportRequest: Versioned & { departmentId: string; reason: string }
  recordSupportProgress: Versioned & { note: string }
  resolveSupportRequest: Versioned & { resolution: string }
  rejectSupportRequest: Versioned & { reason: string }
  closeSupportRequest: Versioned & { satisfaction?: number | null }
  reopenSupportRequest: Versioned & { reason: string }
  rateSupportRequest: Versioned & { satisfaction: number }
  recordTalentSpending: Ids & { unitId?: string | null; spentOn: string; amount: string; purpose: string }
  updateTalentSpending: Versioned & { spentOn?: string | null; amount?: string | null; purpose?: string | null }
  deleteTalentSpending: Versioned & { reason: string }
  createProgramApplication: Ids & {
    talentId: string
    roundId?: string | null
    programId?: string | null
    year?: number | null
    batch?: string | null
    unitId?: string | null
    projectId?: string | null
    note?: string | null
  }
  moveProgramApplication: Versioned & { to: Scalar<'ApplicationStatus'>; reason?: string | null }
  updateProgramApplication: Versioned & { batch?: string | null; note?: string | null }
  recordEventParticipants: { clientMutationId: string; eventId: string; talentIds: string[] }
  removeEventParticipant: { clientMutationId: string; eventId: string; talentId: string }
  markReportOpened: { clientMutationId: string; reportId: string }
  markNoticesRead: { clientMutationId: string; ids: string[] }
  markAllNoticesRead: { clientMutationId: string; before: string }
}

/** The same fields, flattened, so that an intersection in the pin compares equal to gql.tada's object. */
type Fields<T> = { [Key in keyof T]: T[Key] }
expectTypeOf<keyof Pinned>().toEqualTypeOf<OutboxOperation>()
expectTypeOf<{ [Op in OutboxOperation]: Fields<OutboxInput<Op>> }>().toEqualTypeOf<{
  [Op in OutboxOperation]: Fields<Pinned[Op]>
}>()
