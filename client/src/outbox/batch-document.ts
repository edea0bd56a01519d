// Several outbox writes as ONE GraphQL mutation: `mutation { w0: createLead(input: $w0_input) w1: … }`.
// A mutation's root fields run one after the other (GraphQL spec, "Normal and Serial Execution"), so the
// order is kept; a non-null field that fails stops the rest. HTTP batching (an array of operations) would
// run them in parallel, which is why it is not used. Each write's variables are renamed `w<i>_<name>`,
// and each root field is aliased `w<i>` (`w<i>_<k>` if a document had several), so an error's `path[0]`
// names the write it belongs to.
import type { stringifyDocument } from '@urql/core'

/** A parsed GraphQL document, as urql takes it. */
export type Document = Extract<Parameters<typeof stringifyDocument>[0], { kind: 'Document' }>
type Definition = Document['definitions'][number]
type AstNode = { kind: string; [key: string]: unknown }

export interface BatchPart {
  document: Document
  variables: Record<string, unknown>
}

export interface Batch {
  document: Document
  variables: Record<string, unknown>
}

/** The index of the write a response key or error path belongs to (`w3` and `w3_1` → 3). */
export function partIndex(responseKey: unknown): number | null {
  const match = typeof responseKey === 'string' ? /^w(\d+)(?:_\d+)?$/.exec(responseKey) : null
  return match ? Number(match[1]) : null
}

/** Renames every `$name` under a node (a copy; the original document is shared with the screens). */
function renameVariables<T>(node: T, rename: (name: string) => string): T {
  if (Array.isArray(node)) return node.map((item) => renameVariables(item, rename)) as T
  if (!node || typeof node !== 'object') return node
  const source = node as unknown as AstNode
  if (source.kind === 'Variable') {
    const name = source.name as { value: string }
    return { ...source, name: { ...name, value: rename(name.value) } } as T
  }
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(source))
    copy[key] = key === 'loc' ? undefined : renameVariables(value, rename)
  return copy as T
}

function usesVariables(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(usesVariables)
  if (!node || typeof node !== 'object') return false
  if ((node as AstNode).kind === 'Variable') return true
  return Object.entries(node).some(([key, value]) => key !== 'loc' && usesVariables(value))
}

/** False for a document that cannot share a request: no single mutation, or fragments reading variables. */
export function canBatch(document: Document): boolean {
  const operations = document.definitions.filter((definition: Definition) => definition.kind === 'OperationDefinition')
  const fragments = document.definitions.filter((definition: Definition) => definition.kind === 'FragmentDefinition')
  return (
    operations.length === 1 &&
    (operations[0] as { operation: string }).operation === 'mutation' &&
    !usesVariables(fragments)
  )
}

export function batchDocument(parts: BatchPart[]): Batch {
  const variableDefinitions: unknown[] = []
  const selections: unknown[] = []
  const fragments = new Map<string, Definition>()
  const variables: Record<string, unknown> = {}
  parts.forEach((part, index) => {
    const prefix = (name: string) => `w${index}_${name}`
    for (const definition of part.document.definitions) {
      if (definition.kind === 'FragmentDefinition') {
        fragments.set(definition.name.value, definition)
        continue
      }
      if (definition.kind !== 'OperationDefinition') continue
      const operation = renameVariables(definition, prefix)
      variableDefinitions.push(...(operation.variableDefinitions ?? []))
      const fields = operation.selectionSet.selections
      fields.forEach((field: unknown, k: number) => {
        const alias = fields.length === 1 ? `w${index}` : `w${index}_${k}`
        selections.push({ ...(field as AstNode), alias: { kind: 'Name', value: alias } })
      })
      for (const definition of operation.variableDefinitions ?? []) {
        const renamed = definition.variable.name.value
        const original = renamed.slice(prefix('').length)
        if (original in part.variables) variables[renamed] = part.variables[original]
      }
    }
  })
  const operation = {
    kind: 'OperationDefinition',
    operation: 'mutation',
    name: { kind: 'Name', value: 'OutboxBatch' },
    variableDefinitions,
    directives: [],
    selectionSet: { kind: 'SelectionSet', selections },
  }
  return {
    document: { kind: 'Document', definitions: [operation, ...fragments.values()] } as unknown as Document,
    variables,
  }
}

/** The server's limits on one request (server/src/yoga.ts, graphql-armor): a batch over them is refused whole. */
export interface BatchLimits {
  maxAliases: number
  maxTokens: number
}

/** Under the server's limits (15 aliases, 2 000 tokens), with room to spare for the token estimate. */
export const serverBatchLimits: BatchLimits = { maxAliases: 15, maxTokens: 1_800 }

/** Roughly how many lexical tokens the server counts in printed GraphQL. */
export function tokenCount(source: string): number {
  return source.match(/\.\.\.|[!$&():=@[\]{|}]|"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|[_A-Za-z][_0-9A-Za-z]*/g)?.length ?? 0
}

const tokenCache = new WeakMap<Definition, number>()

function countAliases(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + countAliases(item), 0)
  if (!node || typeof node !== 'object') return 0
  let count = (node as AstNode).kind === 'Field' && (node as AstNode).alias ? 1 : 0
  for (const [key, value] of Object.entries(node)) if (key !== 'loc') count += countAliases(value)
  return count
}

/**
 * How many of the documents, from the first, fit in one request under the limits (at least one: a single
 * write is sent as it is). Shared fragments count once; each write adds an alias per root field.
 */
export function fittingCount(documents: Document[], limits: BatchLimits, print: (node: Definition) => string): number {
  const tokensOf = (definition: Definition) => {
    const cached = tokenCache.get(definition)
    if (cached !== undefined) return cached
    const count = tokenCount(print({ ...definition, loc: undefined }))
    tokenCache.set(definition, count)
    return count
  }
  let aliases = 0
  let tokens = 6 // mutation OutboxBatch ( ) { }
  const fragments = new Set<string>()
  let count = 0
  for (const document of documents) {
    if (!canBatch(document)) return Math.max(count, 1)
    for (const definition of document.definitions) {
      if (definition.kind === 'OperationDefinition') {
        const fields = definition.selectionSet.selections.length
        aliases += fields + countAliases(definition)
        // The operation's own `mutation Name(…) { }` goes; each field gains `wN:`.
        tokens += tokensOf(definition) - 6 + 2 * fields
      } else if (definition.kind === 'FragmentDefinition' && !fragments.has(definition.name.value)) {
        fragments.add(definition.name.value)
        aliases += countAliases(definition)
        tokens += tokensOf(definition)
      }
    }
    if (count > 0 && (aliases > limits.maxAliases || tokens > limits.maxTokens)) break
    count += 1
  }
  return count
}
