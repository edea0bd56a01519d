// The server's own rules, imported rather than copied, so that the phone refuses exactly what the server
// would refuse — hours later, after the write waited in the outbox.
export { normalizeUscc, usccProblem } from '../../../server/src/domain/uscc.ts'
export { checkStageMove, checkStatusChange, stageIndex, stages } from '../../../server/src/domain/stage.ts'
