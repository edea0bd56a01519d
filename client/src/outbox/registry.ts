// Every write the outbox may carry, by operation name: its mutation document, and what the screens need to
// know of it before the server has it. Entries' types are derived from it (types.ts): an entry of
// `recordSigning` carries exactly that mutation's variables, and renaming an input field fails the typecheck
// (test/client/outbox-registry.test-d.ts) instead of the writes already queued on phones.
//
// The documents load with the sender (send.ts), not with the screens that read this table: most opens of the
// app have nothing to send, and the documents with their fragments would weigh on every screen's first load.
//
// - records: the input fields naming the records the write touches, the one it is about first. A later write
//   of one of them waits behind a failed one (order.ts); the sync screen names the write by the first.
// - project: the input field naming the project the write belongs to, so the project's screens show it.
// - versioned: the input names the version it is based on, and the server bumps it by one when applied.
// - step: the support request step the write takes (department/support-steps.ts).
export const outboxWrites = {
  createLead: {
    document: () => import('../lead/create-lead.ts').then((module) => module.CreateLeadMutation),
    records: ['projectId', 'talentId'],
    project: 'projectId',
    versioned: false,
  },
  // A second project for a talent already known: it waits behind a refused write of its talent.
  createProject: {
    document: () => import('../lead/create-lead.ts').then((module) => module.CreateProjectMutation),
    records: ['id', 'talentId'],
    project: 'id',
    versioned: false,
  },
  logActivity: {
    document: () => import('../staff/writes.ts').then((module) => module.LogActivityMutation),
    records: ['projectId', 'id'],
    project: 'projectId',
    versioned: false,
  },
  // A follow-up's own record only: its project's later writes need not wait behind a refused correction.
  editActivity: {
    document: () => import('../staff/writes.ts').then((module) => module.EditActivityMutation),
    records: ['id'],
    project: null,
    versioned: true,
  },
  moveProjectStage: {
    document: () => import('../staff/writes.ts').then((module) => module.MoveProjectStageMutation),
    records: ['id'],
    project: 'id',
    versioned: true,
  },
  setProjectStatus: {
    document: () => import('../staff/writes.ts').then((module) => module.SetProjectStatusMutation),
    records: ['id'],
    project: 'id',
    versioned: true,
  },
  recordSigning: {
    document: () => import('../staff/writes.ts').then((module) => module.RecordSigningMutation),
    records: ['id'],
    project: 'id',
    versioned: false,
  },
  recordLanding: {
    document: () => import('../staff/writes.ts').then((module) => module.RecordLandingMutation),
    records: ['id'],
    project: 'id',
    versioned: false,
  },
  updateProject: {
    document: () => import('../staff/writes.ts').then((module) => module.UpdateProjectMutation),
    records: ['id'],
    project: 'id',
    versioned: true,
  },
  recordReferrerAnswer: {
    document: () => import('../staff/writes.ts').then((module) => module.RecordReferrerAnswerMutation),
    records: ['id'],
    project: 'id',
    versioned: false,
  },
  pipelineMoveStage: {
    document: () => import('../manager/writes.ts').then((module) => module.PipelineMoveStageMutation),
    records: ['id'],
    project: 'id',
    versioned: true,
  },
  assignProjectOwner: {
    document: () => import('../manager/writes.ts').then((module) => module.AssignProjectOwnerMutation),
    records: ['id'],
    project: 'id',
    versioned: true,
  },
  setProjectFollower: {
    document: () => import('../manager/writes.ts').then((module) => module.SetProjectFollowerMutation),
    records: ['id'],
    project: 'id',
    versioned: false,
  },
  createSupportRequest: {
    document: () => import('../manager/writes.ts').then((module) => module.CreateSupportRequestMutation),
    records: ['id', 'projectId'],
    project: 'projectId',
    versioned: false,
  },
  assignSupportRequest: {
    document: () => import('../department/writes.ts').then((module) => module.AssignSupportRequestMutation),
    records: ['id'],
    project: null,
    versioned: true,
    step: 'assign',
  },
  reassignSupportRequest: {
    document: () => import('../department/writes.ts').then((module) => module.ReassignSupportRequestMutation),
    records: ['id'],
    project: null,
    versioned: true,
    step: 'reassign',
  },
  recordSupportProgress: {
    document: () => import('../department/writes.ts').then((module) => module.RecordSupportProgressMutation),
    records: ['id'],
    project: null,
    versioned: true,
    step: 'progress',
  },
  resolveSupportRequest: {
    document: () => import('../department/writes.ts').then((module) => module.ResolveSupportRequestMutation),
    records: ['id'],
    project: null,
    versioned: true,
    step: 'resolve',
  },
  rejectSupportRequest: {
    document: () => import('../department/writes.ts').then((module) => module.RejectSupportRequestMutation),
    records: ['id'],
    project: null,
    versioned: true,
    step: 'reject',
  },
  closeSupportRequest: {
    document: () => import('../department/writes.ts').then((module) => module.CloseSupportRequestMutation),
    records: ['id'],
    project: null,
    versioned: true,
    step: 'close',
  },
  reopenSupportRequest: {
    document: () => import('../department/writes.ts').then((module) => module.ReopenSupportRequestMutation),
    records: ['id'],
    project: null,
    versioned: true,
    step: 'reopen',
  },
  rateSupportRequest: {
    document: () => import('../department/writes.ts').then((module) => module.RateSupportRequestMutation),
    records: ['id'],
    project: null,
    versioned: true,
    step: 'rate',
  },
  recordTalentSpending: {
    document: () => import('../manager/spending-writes.ts').then((module) => module.RecordTalentSpendingMutation),
    records: ['id'],
    project: null,
    versioned: false,
  },
  // A unit's manager or head corrects or removes its own spending (the office any unit's), offline too.
  updateTalentSpending: {
    document: () => import('../manager/spending-writes.ts').then((module) => module.UpdateTalentSpendingMutation),
    records: ['id'],
    project: null,
    versioned: true,
  },
  deleteTalentSpending: {
    document: () => import('../manager/spending-writes.ts').then((module) => module.DeleteTalentSpendingMutation),
    records: ['id'],
    project: null,
    versioned: true,
  },
  // 人才工程申报 and 人才活动 (manager/programs/): filed and recorded where the talents are, signal or not.
  createProgramApplication: {
    document: () => import('../manager/programs/writes.ts').then((module) => module.CreateProgramApplicationMutation),
    records: ['id', 'talentId'],
    project: null,
    versioned: false,
  },
  moveProgramApplication: {
    document: () => import('../manager/programs/writes.ts').then((module) => module.MoveProgramApplicationMutation),
    records: ['id'],
    project: null,
    versioned: true,
  },
  updateProgramApplication: {
    document: () => import('../manager/programs/writes.ts').then((module) => module.UpdateProgramApplicationMutation),
    records: ['id'],
    project: null,
    versioned: true,
  },
  // The inbox (inbox/): marking read offline too; a mark touches no record a later write builds on.
  markNoticesRead: {
    document: () => import('../inbox/queries.ts').then((module) => module.MarkNoticesReadMutation),
    records: [],
    project: null,
    versioned: false,
  },
  markAllNoticesRead: {
    document: () => import('../inbox/queries.ts').then((module) => module.MarkAllNoticesReadMutation),
    records: [],
    project: null,
    versioned: false,
  },
  recordEventParticipants: {
    document: () => import('../manager/programs/writes.ts').then((module) => module.RecordEventParticipantsMutation),
    records: ['eventId'],
    project: null,
    versioned: false,
  },
  removeEventParticipant: {
    document: () => import('../manager/programs/writes.ts').then((module) => module.RemoveEventParticipantMutation),
    records: ['eventId', 'talentId'],
    project: null,
    versioned: false,
  },
  // A unit head opened an issued report, offline too: the office's read receipt follows when it syncs.
  markReportOpened: {
    document: () => import('../leader/receipt-writes.ts').then((module) => module.MarkReportOpenedMutation),
    records: ['reportId'],
    project: null,
    versioned: false,
  },
} as const
