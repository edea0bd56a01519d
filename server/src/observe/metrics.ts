// The server's Prometheus metrics (docs/observability.md lists them). One registry per server, not prom-client's
// global one: tests build several servers in one process, and each must count only its own requests.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'

/** What a write (write/run-write.ts) reports; a context made outside a server (a benchmark) has none. */
export interface WriteMetrics {
  /** A write with a client mutation id: `replayed` when the id was already applied and nothing was written. */
  writeFinished(operation: string, replayed: boolean): void
  /** A write based on a stale version, answered CONFLICT with the current record. */
  versionConflict(operation: string): void
  /** A transaction PostgreSQL cancelled (deadlock, serialization failure) and that is run again. */
  serializationRetry(operation: string): void
}

export interface ServerMetrics extends WriteMetrics {
  registry: Registry
  /** One GraphQL request answered: `operation` is its name as operationLabel gives it. */
  requestFinished(operation: string, status: number, seconds: number): void
  /** The codes of the errors an answer carried (the `extensions.code` the client reads). */
  errorsAnswered(codes: readonly string[]): void
  /** The label for an operation name: bounded, whoever sends names. */
  operationLabel(name: string | null | undefined, executed: boolean): string
}

/**
 * Operation names come from the caller, so the labels they make are capped: past this many distinct names the
 * rest count under `other` (the app's own operations are far fewer), and a flood of invented names cannot
 * grow the registry without end.
 */
export const operationLabelLimit = 300

export function createMetrics(options: { processMetrics?: boolean } = {}): ServerMetrics {
  const registry = new Registry()
  // CPU, memory, event-loop lag, handles: once per process, in the server's registry (main.ts asks for them).
  if (options.processMetrics) collectDefaultMetrics({ register: registry })
  const requests = new Counter({
    name: 'talent_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and HTTP status',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  })
  const durations = new Histogram({
    name: 'talent_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to its answer, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const errors = new Counter({
    name: 'talent_graphql_errors_total',
    help: 'Errors in GraphQL answers, by the code the client reads (extensions.code)',
    labelNames: ['code'] as const,
    registers: [registry],
  })
  const writes = new Counter({
    name: 'talent_writes_total',
    help: 'Writes by operation: applied, or replayed (already applied under the same client mutation id)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  })
  const versionConflicts = new Counter({
    name: 'talent_write_version_conflicts_total',
    help: 'Writes refused because the record changed since the version they were based on',
    labelNames: ['operation'] as const,
    registers: [registry],
  })
  const retries = new Counter({
    name: 'talent_write_serialization_retries_total',
    help: 'Write transactions cancelled by PostgreSQL (deadlock or serialization failure) and run again',
    labelNames: ['operation'] as const,
    registers: [registry],
  })
  const knownOperations = new Set<string>()

  return {
    registry,
    requestFinished(operation, status, seconds) {
      requests.inc({ operation, status: String(status) })
      durations.observe({ operation }, seconds)
    },
    errorsAnswered(codes) {
      for (const code of codes) errors.inc({ code })
    },
    operationLabel(name, executed) {
      if (!executed) return 'refused'
      if (!name) return 'unnamed'
      if (knownOperations.has(name)) return name
      if (knownOperations.size >= operationLabelLimit) return 'other'
      knownOperations.add(name)
      return name
    },
    writeFinished(operation, replayed) {
      writes.inc({ operation, outcome: replayed ? 'replayed' : 'applied' })
    },
    versionConflict(operation) {
      versionConflicts.inc({ operation })
    },
    serializationRetry(operation) {
      retries.inc({ operation })
    },
  }
}
